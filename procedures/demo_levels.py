"""Demo text for the levels of need page (fictional, written for Manchester)."""

CHILD_DOMAINS = ("Child's development", "Parenting capacity", "Family and environment")
ADULT_DOMAINS = ("Health and wellbeing", "Care and support", "Safety and relationships")

PAGE = {
    "title": "Levels of need",
    "slug": "levels-of-need",
    "summary": "The partnership's threshold guidance: how to judge the level of a child's or "
    "an adult's needs, who to contact, and what happens next.",
    "intro": "<p>Use this guidance with your professional judgement. Needs change: look at "
    "the whole picture, and talk to your safeguarding lead if you are unsure. If anyone is "
    "in immediate danger, call 999.</p>",
}


def level(name, description, children, adults, contact, next_steps):
    return {
        "type": "level",
        "value": {
            "name": name,
            "description": description,
            "children_domains": [
                {"domain": domain, "indicators": items}
                for domain, items in zip(CHILD_DOMAINS, children, strict=True)
            ],
            "adult_domains": [
                {"domain": domain, "indicators": items}
                for domain, items in zip(ADULT_DOMAINS, adults, strict=True)
            ],
            "who_to_contact": contact,
            "what_happens_next": next_steps,
        },
    }


LEVELS = [
    level(
        "Level 1: Universal",
        "Needs are met by the services everyone uses: schools, GPs, health visitors, "
        "libraries and community groups.",
        [
            ["Healthy, and developing as expected", "Attends school or nursery regularly"],
            ["Parents meet the child's needs and keep them safe"],
            ["Stable housing and income", "Good links with the local community"],
        ],
        [
            ["Manages their own health, or with support from family and friends"],
            ["Any care and support needs are met"],
            ["Feels safe at home and in the community"],
        ],
        "<p>No referral is needed. Keep working with the person and their family.</p>",
        "<p>Universal services carry on as usual and stay alert to changes.</p>",
    ),
    level(
        "Level 2: Early help",
        "Needs are emerging and would benefit from extra support, agreed with the family, "
        "from one or more services working together.",
        [
            ["Missing some health appointments", "Attendance at school is falling"],
            ["Parents struggling with routines or boundaries"],
            ["Money worries or debt", "Overcrowded housing"],
        ],
        [
            ["A long-term condition that is not well managed"],
            ["A carer under increasing strain"],
            ["Becoming isolated, or at risk of being taken advantage of"],
        ],
        "<p>Talk to the family about an early help assessment. Your agency's early help lead "
        "can advise; the Early Help Hub is on 0161 234 5001.</p>",
        "<p>A lead professional coordinates a plan agreed with the family, reviewed at least "
        "every three months.</p>",
    ),
    level(
        "Level 3: Targeted",
        "Needs are complex or several, and need a coordinated response from specialist services.",
        [
            ["Persistent absence from school", "Self-harm or emotional distress"],
            ["Parental mental ill health, substance misuse or domestic abuse affecting care"],
            ["Risk of homelessness", "Involvement with older people who may exploit them"],
        ],
        [
            ["Self-neglect that puts health at risk"],
            ["Care and support needs not met, with risk of harm"],
            ["Domestic abuse, or financial abuse by someone they trust"],
        ],
        "<p>Contact the Children's Advice and Support Service, or adult social care, on "
        "0161 234 5001 to discuss the concern.</p>",
        "<p>A social worker or specialist service assesses the needs; for children this may "
        "lead to a child in need plan.</p>",
    ),
    level(
        "Level 4: Specialist and statutory",
        "There is significant harm, or a risk of it, and statutory services must act.",
        [
            ["Injuries that may be non-accidental", "A child who discloses abuse"],
            ["Parents unable or unwilling to keep the child safe"],
            ["Exploitation, trafficking or forced marriage"],
        ],
        [
            ["Serious injury or neglect", "An adult who discloses abuse"],
            ["Unable to protect themselves because of their care and support needs"],
            ["Being abused or exploited by others"],
        ],
        "<p>Refer the same day to the MASH (children) or adult social care on 0161 234 5001; "
        "out of hours, call 0161 234 8081. If anyone is in immediate danger, call 999.</p>",
        "<p>A strategy discussion decides within one working day whether to start a "
        "Section 47 enquiry (children) or a Section 42 enquiry (adults).</p>",
    ),
]
