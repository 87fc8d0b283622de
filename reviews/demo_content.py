"""Demo reviews and briefings: fictional cases written for Manchester, about no real person.

Subjects are anonymised as reviews name them ("Adult C", "Child Q"); every detail is made up
and kept general so that it could not point to anyone.
"""

import datetime

from portal.demo.content import bullets, rich

LIBRARY = {
    "slug": "learning-from-reviews",
    "title": "Learning from reviews",
    "intro": "<p>When someone dies or is seriously harmed and abuse or neglect is known or "
    "suspected, the partnership reviews how agencies worked together. Here are the reviews we "
    "have published, what we found, and what has changed because of them.</p>",
}

# New themes (topics) the reviews use, beside the site's existing topics.
THEMES = [
    "Self-neglect",
    "Exploitation",
    "Domestic abuse",
    "Mental capacity",
    "Professional curiosity",
    "Information sharing",
    "Transition to adulthood",
]

# Pages of the demo site that recommendations changed (by slug), and the themes each covers.
PAGE_THEMES = {
    "social-media-practitioners-volunteers": ["Exploitation", "Information sharing"],
    "self-neglect-and-hoarding": ["Self-neglect", "Mental capacity"],
    "self-neglect-conference": ["Self-neglect", "Professional curiosity"],
    "domestic-abuse-awareness-volunteers": ["Domestic abuse"],
    "face-to-face-virtual-training-offer": ["Working together", "Information sharing"],
}

MFT = "Manchester University NHS Foundation Trust"
GMP = "Greater Manchester Police"
MCC = "Manchester City Council"
GMMH = "Greater Manchester Mental Health NHS Foundation Trust"
FIRE = "Greater Manchester Fire and Rescue Service"
PARTNERSHIP = "Greater Manchester Safeguarding Partnership"


def rec(text, status, agency, what_changed="", pages=()):
    return {
        "text": text,
        "status": status,
        "agency": agency,
        "what_changed": what_changed,
        "pages": list(pages),
    }


REVIEWS = [
    {
        "slug": "sar-adult-c",
        "title": "Safeguarding Adults Review: Adult C",
        "review_type": "sar",
        "subject": "Adult C",
        "published_on": datetime.date(2025, 6, 12),
        "board": "adults",
        "themes": ["Self-neglect", "Mental capacity", "Professional curiosity"],
        "summary": "Adult C, a man in his sixties living alone, declined help for many "
        "months as his health and home declined. The review looks at how agencies "
        "understood his choices.",
        "body": rich(
            "Adult C was known to his GP, housing, adult social care and the fire service. "
            "Each saw part of the picture. Because he said clearly that he did not want "
            "help, his refusals were recorded as capacitous choices without the decision "
            "being looked at in detail.",
            "The review found that no single agency held the whole story, that nobody "
            "called a multi-agency meeting, and that the self-neglect procedure was not "
            "used although the risks were rising.",
        ),
        "response": rich(
            "The board accepted all four recommendations. The self-neglect guidance now "
            "explains how to assess executive capacity, and the self-neglect conference "
            "uses this review as its case study."
        ),
        "briefing": "7-minute briefing: Adult C and self-neglect",
        "recommendations": [
            rec(
                "Update the self-neglect guidance to explain how to assess whether a "
                "person can carry out a decision as well as make it.",
                "complete",
                MCC,
                "The guidance now has a section on executive capacity, with examples.",
                ["self-neglect-and-hoarding"],
            ),
            rec(
                "Use the learning from this review in multi-agency training on self-neglect.",
                "complete",
                PARTNERSHIP,
                "The self-neglect conference is built around this case.",
                ["self-neglect-conference"],
            ),
            rec(
                "Make sure fire service home safety visits share concerns about "
                "self-neglect with adult social care on the same day.",
                "in_progress",
                FIRE,
                "A same-day referral route is being tested in north Manchester.",
            ),
            rec(
                "GP practices to record when a patient repeatedly declines care, and "
                "review it at the practice safeguarding meeting.",
                "accepted",
                MFT,
            ),
        ],
    },
    {
        "slug": "cspr-child-q",
        "title": "Child Safeguarding Practice Review: Child Q",
        "review_type": "cspr",
        "subject": "Child Q",
        "published_on": datetime.date(2024, 10, 3),
        "board": "children",
        "themes": ["Exploitation", "Online safety", "Information sharing"],
        "summary": "Child Q, aged 14, was groomed online and then exploited by adults she "
        "met through social media. The review looks at how signs were seen by school, "
        "youth work and health.",
        "body": rich(
            "Over about a year Child Q's attendance fell, she went missing several times "
            "and she had new phones and clothes. Practitioners in a youth club and at "
            "school noticed changes but did not know what others had seen.",
            "The review found that online contact was treated as a separate worry from "
            "going missing, and that volunteers were unsure whether they could share "
            "what they knew.",
        ),
        "response": rich(
            "The partnership updated its guidance for practitioners and volunteers on "
            "social media and rewrote its return home interview standards."
        ),
        "briefing": "7-minute briefing: Child Q, online grooming and exploitation",
        "recommendations": [
            rec(
                "Update the guidance for practitioners and volunteers on social media so "
                "that it explains how online grooming can lead to exploitation, and when "
                "to share concerns.",
                "complete",
                PARTNERSHIP,
                "The guidance now links online contact with missing episodes and says who to tell.",
                ["social-media-practitioners-volunteers", "online-grooming-and-exploitation"],
            ),
            rec(
                "Include voluntary and community groups in the multi-agency training on "
                "information sharing.",
                "in_progress",
                "Macc",
                "Places on the training offer are now kept for volunteers.",
                ["face-to-face-virtual-training-offer"],
            ),
            rec(
                "Return home interviews to ask about online contacts every time.",
                "complete",
                MCC,
                "The interview form has a new section on phones and apps.",
            ),
        ],
    },
    {
        "slug": "dhr-adult-d",
        "title": "Domestic Homicide Review: Adult D",
        "review_type": "dhr",
        "subject": "Adult D",
        "published_on": datetime.date(2025, 2, 20),
        "board": "community_safety",
        "themes": ["Domestic abuse", "Information sharing", "Carers"],
        "summary": "Adult D, a woman in her fifties, was killed by her partner, who was "
        "also her carer. The review asks why the abuse behind the caring role was not "
        "recognised.",
        "body": rich(
            "Adult D had a long-term illness and her partner attended most appointments "
            "with her. Health staff rarely saw her alone. Two calls to the police were "
            "recorded as arguments between a couple under strain.",
            "The review found that the caring role hid controlling behaviour, and that "
            "routine enquiry about domestic abuse did not happen when the partner was "
            "present.",
        ),
        "response": rich(
            "The Community Safety Partnership and the boards agreed a joint action plan. "
            "Domestic abuse awareness training now covers abuse by carers."
        ),
        "briefing": "7-minute briefing: Adult D, domestic abuse and caring",
        "recommendations": [
            rec(
                "Domestic abuse awareness training to cover abuse by partners who are also carers.",
                "complete",
                PARTNERSHIP,
                "The awareness session for volunteers now includes this case.",
                ["domestic-abuse-awareness-volunteers"],
            ),
            rec(
                "Health services to see patients alone at least once when a partner "
                "usually attends.",
                "in_progress",
                MFT,
            ),
            rec(
                "Police to use the domestic abuse risk assessment at every call to a "
                "household where a carer lives.",
                "accepted",
                GMP,
            ),
        ],
    },
    {
        "slug": "rapid-review-child-r",
        "title": "Rapid review: Child R",
        "review_type": "rapid",
        "subject": "Child R",
        "published_on": datetime.date(2026, 3, 9),
        "board": "children",
        "themes": ["Neglect", "Professional curiosity"],
        "summary": "Child R, a baby, was admitted to hospital with injuries after months of "
        "missed health appointments. The rapid review looks at what was known before.",
        "body": rich(
            "The family moved home twice in the baby's first months, and records did not "
            "always follow them. Missed appointments were followed up by letter only.",
            "The review found that practitioners accepted explanations without checking "
            "them, and that the father figure in the home was not known to services.",
        ),
        "response": rich(
            "The partnership agreed that a local review was not needed, as the learning "
            "was clear. Health visiting now follows up missed contacts in person."
        ),
        "briefing": "7-minute briefing: Child R, neglect and unseen adults",
        "recommendations": [
            rec(
                "Health visiting to follow up two missed contacts with a home visit.",
                "complete",
                MFT,
                "The standard operating procedure was changed in May.",
            ),
            rec(
                "All agencies to ask who lives in and visits the home.",
                "in_progress",
                PARTNERSHIP,
            ),
        ],
    },
    {
        "slug": "sar-adult-f",
        "title": "Safeguarding Adults Review: Adult F",
        "review_type": "sar",
        "subject": "Adult F",
        "published_on": datetime.date(2023, 9, 14),
        "board": "adults",
        "themes": ["Transition to adulthood", "Exploitation", "Mental capacity"],
        "summary": "Adult F, a young man with a learning disability, was exploited by people "
        "who moved into his flat soon after he left children's services.",
        "body": rich(
            "Support from children's services ended at 18 and adult services had not yet "
            "started. In the gap, people befriended Adult F and took over his home.",
            "The review found that planning for adulthood started too late and that "
            "concerns about exploitation did not pass from children's to adults' teams.",
        ),
        "response": rich(
            "A transitions protocol now starts planning at 14 for young people likely to "
            "need care and support as adults."
        ),
        "recommendations": [
            rec(
                "Agree a transitions protocol that starts at 14.",
                "complete",
                MCC,
                "The protocol was published in 2024.",
            ),
            rec(
                "Housing to check on new tenants with care and support needs after they move in.",
                "in_progress",
                MCC,
            ),
        ],
    },
    {
        "slug": "learning-review-child-m",
        "title": "Learning review: Child M",
        "review_type": "learning",
        "subject": "Child M",
        "published_on": datetime.date(2022, 11, 24),
        "board": "children",
        "themes": ["Neglect", "Working together", "Information sharing"],
        "summary": "Child M lived with long-term neglect while agencies worked with the "
        "family for years. The review looks at drift and at how progress was judged.",
        "body": rich(
            "Many plans were made and closed. Each time, short-term improvements were "
            "taken as lasting change.",
        ),
        "response": rich("The partnership launched its neglect strategy and toolkit."),
        "recommendations": [
            rec(
                "Use a neglect assessment tool in every agency, so that progress is "
                "judged the same way.",
                "complete",
                PARTNERSHIP,
                "The neglect toolkit is in use across the partnership.",
            ),
        ],
    },
    {
        "slug": "sar-adult-j",
        "title": "Safeguarding Adults Review: Adult J",
        "review_type": "sar",
        "subject": "Adult J",
        "published_on": datetime.date(2026, 7, 2),
        "board": "adults",
        "themes": ["Carers", "Domestic abuse", "Mental capacity"],
        "summary": "Adult J, an older woman with dementia, was financially abused by a "
        "relative who cared for her. The review looks at how concerns from a bank and a "
        "care agency were handled.",
        "body": rich(
            "Concerns were raised more than once but each was closed when the relative "
            "gave an explanation. Adult J's own views were not sought.",
        ),
        "response": rich(
            "Adult social care has changed how it looks into concerns about financial "
            "abuse by carers."
        ),
        "recommendations": [
            rec(
                "Speak to the adult, alone where possible, before closing a concern about "
                "financial abuse.",
                "in_progress",
                MCC,
            ),
            rec(
                "Support carers under strain with a carers' assessment as part of any "
                "safeguarding enquiry.",
                "accepted",
                MCC,
            ),
        ],
    },
    {
        "slug": "cspr-child-t",
        "title": "Child Safeguarding Practice Review: Child T",
        "review_type": "cspr",
        "subject": "Child T",
        "published_on": datetime.date(2023, 5, 18),
        "board": "joint",
        "themes": ["Transition to adulthood", "Exploitation"],
        "summary": "Child T, aged 17, was criminally exploited and seriously hurt. The review "
        "looks at how risk outside the home was managed as he neared adulthood.",
        "body": rich(
            "Child T was known to youth justice, school and the police. Plans focused on "
            "his offending rather than on the adults exploiting him.",
        ),
        "response": rich("A joint protocol on exploitation across the age of 18 was agreed."),
        "recommendations": [
            rec(
                "Treat children who are criminally exploited as victims first in every plan.",
                "complete",
                GMP,
                "Police and youth justice now hold joint planning meetings.",
            ),
            rec(
                "Keep exploitation plans in place past a young person's 18th birthday.",
                "in_progress",
                GMMH,
            ),
        ],
    },
]


def briefing_sections(*, background, why, found, practice, questions, reading):
    return {
        "background": rich(*background),
        "why_it_matters": rich(*why),
        "findings": bullets(*found),
        "practice": bullets(*practice),
        "questions": bullets(*questions),
        "further_reading": bullets(*reading),
    }
