"""The four demo 7-minute briefings (fictional, for Manchester), keyed by their review's slug."""

from .demo_content import briefing_sections

SEED_LINK = '<a href="/online-safety/social-media-practitioners-volunteers/">{}</a>'

BRIEFINGS = {
    "sar-adult-c": {
        "slug": "briefing-adult-c-self-neglect",
        "summary": "What the review of Adult C teaches about self-neglect, refusals of help "
        "and mental capacity.",
        "themes": ["Self-neglect", "Mental capacity", "Professional curiosity"],
        "sections": briefing_sections(
            background=[
                "Adult C lived alone in north Manchester. Over two years his health, his "
                "home and his finances declined. Five agencies were in touch with him, and "
                "he told each of them that he did not want help."
            ],
            why=[
                "Self-neglect is the most common theme in Safeguarding Adults Reviews "
                "nationally. A person's right to make unwise decisions matters, and so "
                "does checking that they can carry those decisions out."
            ],
            found=[
                "Refusals were recorded without exploring what lay behind them.",
                "Nobody looked at whether Adult C could act on his decisions.",
                "No agency called a multi-agency meeting, so nobody saw the whole picture.",
                "The self-neglect procedure was not used, although risks were rising.",
            ],
            practice=[
                "Keep talking: build a relationship, and come back when help is refused.",
                "Assess capacity for specific decisions, including whether the person can "
                "put the decision into practice.",
                "Share your concern and ask for a multi-agency meeting when risk grows.",
            ],
            questions=[
                "When did you last accept a refusal of help without asking why?",
                "Who else might know the person, and have you spoken to them?",
                "How would you record an assessment of executive capacity?",
            ],
            reading=[
                '<a href="/adults-at-risk/self-neglect-and-hoarding/">Self-neglect and '
                "hoarding guidance</a>",
                "The full review report and the board's response, on the review page.",
            ],
        ),
    },
    "cspr-child-q": {
        "slug": "briefing-child-q-online-exploitation",
        "summary": "What the review of Child Q teaches about online grooming, going missing "
        "and sharing what you know.",
        "themes": ["Exploitation", "Online safety", "Information sharing"],
        "sections": briefing_sections(
            background=[
                "Child Q was 14 when adults she met on social media began to groom her. "
                "She went missing several times and was exploited. School, a youth club "
                "and health services each noticed changes in her."
            ],
            why=[
                "Grooming often starts online and moves offline. Children rarely tell "
                "anyone; the signs are spread across the people who know them."
            ],
            found=[
                "Online contact and going missing were treated as separate worries.",
                "Volunteers were unsure whether they were allowed to share concerns.",
                "Return home interviews did not ask about phones or apps.",
            ],
            practice=[
                "Ask about online life whenever a child goes missing.",
                "Share concerns: the law supports sharing to keep a child safe.",
                "Notice new phones, gifts and older friends, and ask about them.",
            ],
            questions=[
                "Would the volunteers you work with know who to tell?",
                "How do you ask children about the apps they use?",
                "What would you do if a child asked you to keep a secret?",
            ],
            reading=[
                SEED_LINK.format("Guidance for practitioners and volunteers on social media"),
                '<a href="/online-safety/online-grooming-and-exploitation/">Online grooming '
                "and exploitation</a>",
            ],
        ),
    },
    "dhr-adult-d": {
        "slug": "briefing-adult-d-domestic-abuse-caring",
        "summary": "What the review of Adult D teaches about domestic abuse hidden behind a "
        "caring role.",
        "themes": ["Domestic abuse", "Information sharing", "Carers"],
        "sections": briefing_sections(
            background=[
                "Adult D had a long-term illness and her partner cared for her. He came to "
                "almost every appointment. She was killed by him."
            ],
            why=[
                "Abuse by a partner who is also a carer can look like devotion. Older and "
                "disabled people are less often asked about domestic abuse."
            ],
            found=[
                "Adult D was rarely seen alone.",
                "Police calls were recorded as arguments, not as domestic abuse.",
                "Agencies did not share what they had seen with each other.",
            ],
            practice=[
                "Find a way to see the person alone, every time you can.",
                "Ask about domestic abuse routinely, whatever the person's age.",
                "Use the risk assessment and refer to MARAC where risk is high.",
            ],
            questions=[
                "How do you make time to see someone without their carer?",
                "What might controlling behaviour look like in a caring relationship?",
            ],
            reading=["The Domestic Homicide Review report and action plan, on the review page."],
        ),
    },
    "rapid-review-child-r": {
        "slug": "briefing-child-r-neglect",
        "summary": "What the rapid review of Child R teaches about missed appointments, "
        "neglect and adults we do not see.",
        "themes": ["Neglect", "Professional curiosity"],
        "sections": briefing_sections(
            background=[
                "Child R was a baby whose family moved twice in a few months. Health "
                "appointments were missed and followed up by letter."
            ],
            why=[
                "Babies are the most vulnerable children of all and cannot tell anyone. "
                "Missed appointments are a warning sign, not an administrative matter."
            ],
            found=[
                "Explanations were accepted without checking.",
                "A man living in the home was not known to any service.",
                "Records did not follow the family when they moved.",
            ],
            practice=[
                "Treat a child who is not brought to appointments as a safeguarding concern.",
                "Ask who lives in and visits the home, and write it down.",
                "When a family moves, hand over to the new service in person.",
            ],
            questions=[
                "Who are the unseen adults in the families you work with?",
                "What would make you visit rather than write a letter?",
            ],
            reading=["The rapid review summary, on the review page."],
        ),
    },
}
