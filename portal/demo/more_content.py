"""More demo content for Manchester: questions, resources, news and events, each said once.

Fictional throughout: the reviews, cases and people are made up. News and event bodies add
to their summaries and never repeat them.
"""

from .content import bullets, rich

QUESTIONS = [
    # topic, question, answer (rich text)
    (
        "Reporting a concern",
        "Can I report a concern without giving my name?",
        rich(
            "Yes. Members of the public can report a concern about a child or an adult "
            "anonymously. Tell the person who answers that you do not want to give your name.",
            "It helps if you can give as much detail as you can about what you saw or heard, "
            "when, and where the person lives or can be found, because nobody will be able to "
            "call you back to ask. Practitioners should give their name and role: agencies "
            "need to be able to share information with you.",
        ),
    ),
    (
        "Reporting a concern",
        "What happens after I report a concern?",
        rich(
            "Someone from children's or adults' social care looks at what you have told them "
            "the same working day, checks what agencies already know, and decides what should "
            "happen next. That may be advice, a referral to early help or another service, or "
            "a visit and a safeguarding enquiry.",
            "If you are a practitioner you should be told the outcome. If you do not hear "
            "back within three working days, or you disagree with the decision, follow up and "
            "use the escalation policy if you need to.",
        ),
    ),
    (
        "Working with children",
        "What should I do if a child tells me they are being harmed?",
        rich(
            "Listen calmly and let them tell you in their own words. Do not ask leading "
            "questions or promise to keep a secret: explain that you will need to tell "
            "someone whose job it is to help.",
            "Write down what they said, in their words, with the date and time, and speak to "
            "your designated safeguarding lead straight away. If the child is in immediate "
            "danger, call 999.",
        ),
    ),
    (
        "Working with children",
        "What is Early Help and how do I ask for it?",
        rich(
            "Early Help is support for a family as soon as problems start to show, before "
            "they need social care. It might come from a school, a health visitor, a family "
            "support worker or a voluntary group, working to a plan the family agrees to.",
            "Talk to the family first: Early Help is voluntary and needs their consent. Then "
            "complete an Early Help Assessment with them, or contact your locality Early Help "
            "Hub for advice on who is best placed to lead.",
        ),
    ),
    (
        "Working with children",
        "What is private fostering, and do I need to tell anyone?",
        rich(
            "A child under 16 (under 18 if disabled) is privately fostered when they live for "
            "28 days or more with someone who is not a parent or close relative, by private "
            "arrangement. Close relatives are grandparents, aunts, uncles, brothers, sisters "
            "and step-parents.",
            "The law requires the parents and the carer to tell the council. If you know of "
            "an arrangement like this, tell children's services so that they can check the "
            "child is safe and the carer has the support they need.",
        ),
    ),
    (
        "Working with adults",
        "Do I need an adult's consent to share a safeguarding concern?",
        rich(
            "Ask for their consent where you safely can, and respect their wishes where they "
            "have the mental capacity to make the decision and nobody else is at risk.",
            "You can share without consent when someone lacks capacity to decide, when "
            "others (including children) may be at risk, when a crime may have been "
            "committed, or when the risk is serious enough to override their wishes. Record "
            "what you shared, with whom, and why.",
        ),
    ),
    (
        "Working with adults",
        "What is self-neglect?",
        rich(
            "Self-neglect covers a wide range of behaviour: not caring for your own hygiene, "
            "health or surroundings, and it includes hoarding. It can be a safeguarding "
            "matter when it puts the person's health or safety at serious risk and they are "
            "unable to protect themselves.",
            "Our guide to self-neglect and hoarding explains how to build trust, assess "
            "capacity for specific decisions and bring in other agencies.",
        ),
    ),
    (
        "Online safety",
        "What should I do if I find an indecent image of a child on a device?",
        rich(
            "Do not copy, print, forward or delete it, and do not show it to anyone. Turn "
            "the screen off if you can do so without deleting anything, keep the device "
            "secure, and tell your designated safeguarding lead straight away.",
            "The police will decide what happens to the device. If the image is of a child "
            "you know, treat it as a concern about that child as well.",
        ),
    ),
    (
        "Training",
        "Will I get a certificate for the training I attend?",
        rich(
            "Yes. Everyone marked as attended gets a certificate by email within a week of "
            "the course. If yours has not arrived, contact the training team with the name "
            "and date of the course.",
        ),
    ),
]

RESOURCES = [
    # title, description, topic, type, url (None: a generated PDF)
    (
        "Neglect assessment tool: practitioner's guide",
        "How to use the neglect assessment tool with a family, score each area of care "
        "and share the results in a plan.",
        "Neglect",
        "toolkit",
        None,
    ),
    (
        "Safe sleep for babies",
        "A leaflet for parents and carers on safe sleep, in plain English, for health "
        "visitors and midwives to share.",
        "Neglect",
        "leaflet",
        None,
    ),
    (
        "Clutter image rating scale",
        "Nine pictures of each room, from clear to severe, to describe hoarding in the same "
        "terms across agencies.",
        "Adults at risk",
        "toolkit",
        None,
    ),
    (
        "Resolving professional disagreements: escalation policy",
        "What to do when you disagree with another agency's decision about a child or an "
        "adult, step by step and with timescales.",
        "Working together",
        "policy",
        None,
    ),
    (
        "Information sharing: advice for safeguarding practitioners",
        "The government's advice on when and how to share information about children, "
        "young people, parents and carers.",
        "Working together",
        "guidance",
        "https://www.gov.uk/government/publications/safeguarding-practitioners-information-"
        "sharing-advice",
    ),
    (
        "Young carers: a guide for schools",
        "How to notice a pupil who cares for someone at home, and the support the city's "
        "young carers service offers.",
        "Carers",
        "guidance",
        None,
    ),
]

NEWS = [
    # days ago, title, summary, topic
    (
        5,
        "Neglect strategy refreshed for 2026 to 2029",
        "The partnership has agreed a refreshed neglect strategy, with a shared assessment "
        "tool and a new focus on neglect of teenagers.",
        "Neglect",
    ),
    (
        6,
        "Free online safety sessions for parents in Manchester libraries",
        "Parents and carers can drop in to short, free sessions on apps, gaming and setting "
        "up parental controls at six libraries across the city.",
        "Online safety",
    ),
    (
        7,
        "New escalation policy: resolving professional disagreements",
        "A shorter escalation policy sets out how practitioners raise and resolve "
        "disagreements between agencies, with a timescale for each step.",
        "Working together",
    ),
    (
        8,
        "Annual report: what the partnership did last year",
        "Our annual report describes the partnership's priorities, what changed for children "
        "and adults in Manchester, and what we will focus on next.",
        "Working together",
    ),
]

NEWS_BODIES = {
    # title: body paragraphs (rich text), never the summary again
    "Safeguarding Adults Review published: learning about self-neglect": rich(
        "The review looked at the support given to a man in his sixties, called Mr K in the "
        "report, who lived alone in north Manchester and died after a long period of "
        "declining health. Many agencies were in touch with him, but none of them held the "
        "whole picture.",
        "Its recommendations ask agencies to hold a multi-agency meeting when someone keeps "
        "refusing help, to assess capacity for specific decisions rather than in general, "
        "and to record why a case is closed.",
        "A seven-minute briefing for team meetings is on the resources page, and the review "
        "will be discussed at the self-neglect conference.",
    ),
    "Carers Manchester: working together for carers": rich(
        "The network brings together carers' centres, advice services and health "
        "organisations, so an unpaid carer who contacts any one of them can be put in touch "
        "with the others.",
        "Practitioners can refer a carer with their agreement. Carers can also call the "
        "Carers Manchester contact point themselves for information, a carer's assessment "
        "or a break.",
    ),
    "Neglect strategy refreshed for 2026 to 2029": rich(
        "The refreshed strategy was shaped by a survey of more than 300 practitioners and by "
        "what parents told us about asking for help without feeling judged.",
        "From the spring, every agency will use the same neglect assessment tool, so that a "
        "school, a health visitor and a social worker describe a family's situation in the "
        "same terms. Briefings on the tool are listed under Training & Events.",
    )
    + bullets(
        "Neglect of teenagers, which is often missed or seen as a young person's choice",
        "Recognising neglect early, before a family is in crisis",
        "Checking that plans make a difference for the child, not only that tasks are done",
    ),
    "Free online safety sessions for parents in Manchester libraries": rich(
        "Each session lasts 45 minutes and is run by staff from the city's online safety "
        "team. No booking is needed, and children are welcome to come along.",
        "Sessions take place on weekday evenings and Saturday mornings through the autumn "
        "half term. Ask at your local library for the dates, or pick up the leaflet in any "
        "children's centre.",
    ),
    "New escalation policy: resolving professional disagreements": rich(
        "Disagreements between agencies are a normal part of working together, and "
        "challenge is healthy. What matters is that they are resolved quickly and that the "
        "child or adult is not left at risk while they are.",
        "The policy now has three steps instead of five, each with a timescale, and a simple "
        "form to record the outcome. Managers are asked to share it with their teams and to "
        "add it to induction.",
    ),
    "Annual report: what the partnership did last year": rich(
        "Over the year the partnership published two safeguarding reviews, ran more than 80 "
        "training sessions attended by over 2,500 practitioners and volunteers, and audited "
        "how agencies work together on neglect and on exploitation.",
        "The report also sets out where we need to do better, including how quickly "
        "children's and adults' services share information when a young person turns 18.",
    ),
}

EVENTS = [
    {
        "slug": "neglect-assessment-tool-briefing",
        "title": "Neglect assessment tool: a briefing for practitioners",
        "summary": "A short online briefing on using the neglect assessment tool with "
        "families, for anyone who works with children.",
        "days": 27,
        "hour": 10,
        "hours": 2,
        "format": "virtual",
        "capacity": 60,
        "booking_open": True,
        "joining_details": "The joining link is sent to everyone with a confirmed place the "
        "working day before.",
    },
    {
        "slug": "safer-recruitment-voluntary-groups",
        "title": "Safer recruitment for voluntary and community groups",
        "summary": "How small groups can recruit staff and volunteers safely: checks, "
        "references, interviews and a culture where concerns are raised.",
        "days": 34,
        "hour": 9,
        "hours": 3.5,
        "format": "face_to_face",
        "capacity": 25,
        "booking_open": True,
        "venue": "Friends Meeting House\n6 Mount Street\nManchester M2 5NS",
    },
    {
        "slug": "making-safeguarding-personal-e-learning",
        "title": "Making Safeguarding Personal: e-learning",
        "summary": "A self-paced module on putting the adult's own wishes and outcomes at "
        "the centre of a safeguarding enquiry.",
        "days": 3,
        "hour": 9,
        "hours": 1.5,
        "format": "e_learning",
        "capacity": 200,
        "booking_open": True,
        "joining_details": "A link to the module is emailed when your place is confirmed. It "
        "takes about 90 minutes and can be done in several sittings.",
    },
]

EVENT_BODIES = {
    # slug: the description below the summary, never the summary again
    "self-neglect-conference": rich(
        "The day opens with the findings of the partnership's latest Safeguarding Adults "
        "Review, followed by workshops led by practitioners from housing, health, the fire "
        "service and adult social care.",
    )
    + bullets(
        "Building trust with someone who refuses help",
        "Assessing mental capacity for specific decisions",
        "Hoarding and fire safety: what a home fire safety visit offers",
        "When and how to hold a multi-agency meeting",
    )
    + rich("Lunch is provided. Tell us about any dietary or access needs when you book."),
    "face-to-face-virtual-training-offer": rich(
        "This introductory session covers the roles of each agency, how to share "
        "information safely and what to do when you are worried about a child. It suits "
        "anyone new to working with children in Manchester.",
        "Places are deliberately small so that everyone can take part in the discussion.",
    ),
    "domestic-abuse-awareness-volunteers": rich(
        "The session explained the signs of domestic abuse, how to respond when someone "
        "tells you about it, and where volunteers can find specialist help in the city.",
    ),
    "neglect-assessment-tool-briefing": rich(
        "You will see the tool scored for a fictional family, practise scoring one area of "
        "care yourself, and learn how to share the results with the family and in a plan.",
        "Please have a copy of the practitioner's guide from the resources page to hand.",
    ),
    "safer-recruitment-voluntary-groups": rich(
        "Written for trustees, coordinators and anyone who recruits in a small charity, "
        "faith group or sports club. Bring your current recruitment paperwork if you would "
        "like feedback on it.",
    )
    + bullets(
        "Which DBS check a role needs, and when none is allowed",
        "Taking up and checking references",
        "Questions that help an interview test attitudes to safeguarding",
    ),
    "making-safeguarding-personal-e-learning": rich(
        "The module uses three short case studies, each told from the adult's point of view, "
        "and ends with a quiz. Your certificate is emailed when you finish it.",
    ),
}
