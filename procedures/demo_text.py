"""Demo text for the procedures manual (fictional, written for Manchester).

Each chapter is a list of sections (heading, paragraphs). Its history is a list of later
versions: how many days ago each was published, its level and note, and the edits made
(text replaced, or a section added), so the demo manual has real amendments to compare.
"""

MANUAL = {
    "title": "Multi-agency safeguarding procedures",
    "slug": "procedures",
    "summary": "How agencies in Manchester work together when a child or an adult may be at "
    "risk of harm: who does what, by when, and how to escalate.",
    "intro": "<p>These procedures apply to everyone who works or volunteers with children, "
    "young people and adults in Manchester. Each chapter shows when it was last amended "
    "and what changed.</p>",
}

CHAPTERS = [
    {
        "slug": "using-these-procedures",
        "title": "Using these procedures",
        "summary": "Who the procedures are for, how they are kept up to date, and how to "
        "read a printed copy safely.",
        "sections": [
            (
                "Who these procedures are for",
                [
                    "These procedures are for staff and volunteers in every agency that is "
                    "part of the Manchester Safeguarding Partnership, and for organisations "
                    "commissioned by them.",
                    "They set out what the partnership expects. Your own agency's policies "
                    "should follow them and add detail about how your service works.",
                ],
            ),
            (
                "Keeping the procedures current",
                [
                    "Chapters are reviewed at least every two years, and sooner when the law "
                    "or national guidance changes.",
                    "Every change is listed in the amendments log with its date and a short "
                    "note. Significant changes are also announced in the partnership "
                    "newsletter.",
                ],
            ),
            (
                "Printed copies",
                [
                    "A printed copy is only valid on the day it was printed. Always check the "
                    "online version before acting on a printed chapter.",
                ],
            ),
        ],
        "history": [
            (
                200,
                "minor",
                "Clarified that commissioned services are covered.",
                [
                    (
                        "and for organisations commissioned by them",
                        "and for organisations "
                        "commissioned by them, including voluntary and community groups",
                    )
                ],
            ),
        ],
    },
    {
        "slug": "responding-to-concerns-about-a-child",
        "title": "Responding to concerns about a child",
        "summary": "What to do when you are worried a child is being harmed or is at risk of "
        "harm, including how to make a referral.",
        "sections": [
            (
                "Recognising a concern",
                [
                    "A concern may come from something a child tells you, something you see, "
                    "or information from another person. You do not need proof to act.",
                    "Write down what you saw or heard as soon as you can, in the words used, "
                    "with the date and time.",
                ],
            ),
            (
                "Talking to your designated safeguarding lead",
                [
                    "Tell your designated safeguarding lead (DSL) the same day. If the DSL is "
                    "not available, speak to their deputy or your manager.",
                    "Do not delay a referral because the DSL cannot be reached if a child is "
                    "at immediate risk.",
                ],
            ),
            (
                "Making a referral",
                [
                    "Referrals about children in Manchester go to the Multi-Agency "
                    "Safeguarding Hub (MASH) through the Children's Advice and Support "
                    "Service on 0161 234 5001.",
                    "If a child is in immediate danger, call 999 first.",
                    "Tell the parents that you are making a referral unless doing so would put "
                    "the child or anyone else at greater risk.",
                ],
            ),
            (
                "After a referral",
                [
                    "The MASH will decide within three working days what happens next and "
                    "tell the referrer the outcome.",
                ],
            ),
        ],
        "history": [
            (
                320,
                "significant",
                "The MASH now gives referrers the outcome within one working day (was three).",
                [
                    (
                        "within three working days what happens next",
                        "within one working day what happens next",
                    )
                ],
            ),
            (
                90,
                "significant",
                "Added the need to confirm a telephone referral in writing within 48 hours.",
                [
                    (
                        "If a child is in immediate danger, call 999 first.",
                        "If a child is in immediate danger, call 999 first. Confirm a telephone "
                        "referral in writing, using the online referral form, within 48 hours.",
                    )
                ],
            ),
            (
                14,
                "minor",
                "Corrected the name of the advice service.",
                [
                    (
                        "Children's Advice and Support Service on",
                        "Children's Advice and Support Service (CASS) on",
                    )
                ],
            ),
        ],
    },
    {
        "slug": "allegations-against-staff-and-volunteers",
        "title": "Allegations against staff and volunteers",
        "summary": "Managing allegations that someone who works with children has harmed a "
        "child or may pose a risk to children.",
        "sections": [
            (
                "When this chapter applies",
                [
                    "It applies when someone who works with children, paid or unpaid, has "
                    "behaved in a way that has harmed a child, may have committed a criminal "
                    "offence against a child, or has behaved in a way that suggests they may "
                    "pose a risk to children.",
                ],
            ),
            (
                "Contacting the LADO",
                [
                    "Your organisation's named senior officer must tell the Local Authority "
                    "Designated Officer (LADO) within one working day.",
                    "Do not investigate the allegation yourself or tell the person concerned "
                    "before speaking to the LADO.",
                ],
            ),
            (
                "Supporting the people involved",
                [
                    "The child and their family should be kept informed. The person the "
                    "allegation is about should be offered support from their employer.",
                ],
            ),
        ],
        "history": [
            (
                150,
                "significant",
                "Now covers behaviour outside work that suggests a person may not be suitable "
                "to work with children (the transferable risk test).",
                [
                    (
                        "or has behaved in a way that suggests they may pose a risk to children.",
                        "or has behaved in a way that suggests they may pose a risk to children. "
                        "This includes behaviour outside work, for example towards their own "
                        "children.",
                    )
                ],
            ),
        ],
    },
    {
        "slug": "child-exploitation",
        "title": "Child exploitation",
        "summary": "Child sexual exploitation, child criminal exploitation and county lines: "
        "signs to look for and how agencies respond together.",
        "sections": [
            (
                "What exploitation looks like",
                [
                    "Child sexual exploitation (CSE) and child criminal exploitation (CCE) "
                    "happen when someone uses an imbalance of power to make a child take part "
                    "in sexual or criminal activity.",
                    "Signs include going missing, new phones or clothes, older friends, "
                    "unexplained injuries and a sudden change in school attendance.",
                ],
            ),
            (
                "Responding",
                [
                    "Make a referral to the MASH and complete the partnership's exploitation "
                    "screening tool with the referral.",
                    "Children who go missing should be reported to Greater Manchester Police "
                    "and offered a return home interview.",
                ],
            ),
        ],
        "history": [
            (
                60,
                "minor",
                "Added county lines to the signs of criminal exploitation.",
                [
                    (
                        "and a sudden change in school attendance.",
                        "and a sudden change in school attendance. Children drawn into county "
                        "lines may be found far from home.",
                    )
                ],
            ),
        ],
    },
    {
        "slug": "safeguarding-adults-concerns-and-enquiries",
        "title": "Safeguarding adults: concerns and enquiries",
        "summary": "Raising a concern about an adult with care and support needs, and what "
        "happens in a Section 42 enquiry.",
        "sections": [
            (
                "Who this chapter is about",
                [
                    "An adult with care and support needs who is experiencing, or at risk of, "
                    "abuse or neglect, and cannot protect themselves because of those needs.",
                ],
            ),
            (
                "Raising a concern",
                [
                    "Talk to the adult first where it is safe, and ask what they want to "
                    "happen. Then raise a concern with adult social care on 0161 234 5001.",
                ],
            ),
            (
                "Section 42 enquiries",
                [
                    "The local authority decides whether to make an enquiry, and who will "
                    "carry it out, within five working days.",
                    "The adult should be involved throughout, with an advocate if they need one.",
                ],
            ),
        ],
        "history": [
            (
                240,
                "minor",
                "Plainer wording throughout; no change to what practitioners must do.",
                [
                    (
                        "Talk to the adult first where it is safe",
                        "Speak to the adult first if it is safe to do so",
                    )
                ],
            ),
            (
                30,
                "significant",
                "Decisions on whether to make an enquiry are now made within three working "
                "days (was five).",
                [("within five working days", "within three working days")],
            ),
        ],
    },
    {
        "slug": "mental-capacity-and-deprivation-of-liberty",
        "title": "Mental capacity and deprivation of liberty",
        "summary": "Assessing capacity, acting in a person's best interests, and when the "
        "Deprivation of Liberty Safeguards apply.",
        "sections": [
            (
                "Assuming capacity",
                [
                    "Everyone aged 16 or over is assumed to have capacity to make a decision "
                    "unless it is shown that they cannot.",
                ],
            ),
            (
                "Best interests",
                [
                    "If a person lacks capacity for a decision, any action taken for them must "
                    "be in their best interests and the least restrictive option.",
                ],
            ),
            (
                "Deprivation of liberty",
                [
                    "If a person in a care home or hospital who lacks capacity is under "
                    "continuous supervision and not free to leave, the care home or hospital "
                    "must apply for an authorisation under the Deprivation of Liberty "
                    "Safeguards (DoLS).",
                ],
            ),
        ],
        "history": [],
    },
    {
        "slug": "domestic-abuse-and-marac",
        "title": "Domestic abuse and MARAC",
        "summary": "Recognising domestic abuse, assessing risk, and referring high-risk "
        "victims to the Multi-Agency Risk Assessment Conference.",
        "sections": [
            (
                "Recognising domestic abuse",
                [
                    "Domestic abuse includes physical, sexual, emotional and economic abuse "
                    "and coercive control, by a partner, ex-partner or family member.",
                    "Children who see, hear or live with domestic abuse are victims in their "
                    "own right.",
                ],
            ),
            (
                "Assessing risk and referring to MARAC",
                [
                    "Use the partnership's risk checklist. Victims assessed as high risk "
                    "should be referred to the MARAC, with their consent where possible.",
                    "Referrals can be made without consent if the risk is high.",
                ],
            ),
        ],
        "history": [
            (
                45,
                "minor",
                "Added a reminder to think about the safety of children in the household.",
                [
                    (
                        "are victims in their own right.",
                        "are victims in their own right. Always ask who else lives in the home.",
                    )
                ],
            ),
        ],
    },
]
