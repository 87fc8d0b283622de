"""The words of the demo site: the seed guidance page and the pages written around it.

Block values are in StreamField's raw form (lists of {"type": ..., "value": ...}).
"""

ORGANISATION = "Manchester Safeguarding Partnership"

SITE_SETTINGS = {
    "organisation_name": ORGANISATION,
    "footer_text": (
        "Manchester Safeguarding Boards: the Manchester Safeguarding Partnership brings "
        "together the city council, Greater Manchester Police, the NHS and voluntary "
        "organisations to keep children and adults at risk safe."
    ),
    "emergency_number": "999",
    "children_daytime_phone": "0161 234 5001",
    "adults_daytime_phone": "0161 234 5001",
    "out_of_hours_phone": "0161 234 8081",
    "quick_exit_url": "https://www.bbc.co.uk/weather",
}

TOPICS = ["Online safety", "Adults at risk", "Neglect", "Working together", "Carers"]

PARTNERS = [
    # (name shown as alt text, website)
    ("Greater Manchester Mental Health NHS Foundation Trust", "https://www.gmmh.nhs.uk"),
    ("Greater Manchester Fire and Rescue Service", "https://www.manchesterfire.gov.uk"),
    ("North West Ambulance Service", "https://www.nwas.nhs.uk"),
    ("Crown Prosecution Service", "https://www.cps.gov.uk"),
    ("The Christie NHS Foundation Trust", "https://www.christie.nhs.uk"),
    ("Cafcass", "https://www.cafcass.gov.uk"),
    ("Greater Manchester Safeguarding Partnership", "https://www.gmsp.org.uk"),
    ("Healthwatch Manchester", "https://healthwatchmanchester.co.uk"),
    ("Macc", "https://www.manchestercommunitycentral.org"),
    ("Pennine Acute Hospitals NHS Trust", "https://www.pat.nhs.uk"),
    ("Manchester University NHS Foundation Trust", "https://mft.nhs.uk"),
    ("Manchester Health and Care Commissioning", "https://www.mhcc.nhs.uk"),
    ("NHS England", "https://www.england.nhs.uk"),
    ("Community Rehabilitation Company", "https://www.gov.uk"),
    ("National Probation Service", "https://www.gov.uk/government/organisations/probation-service"),
    ("Greater Manchester Police", "https://www.gmp.police.uk"),
    ("Barnardo's", "https://www.barnardos.org.uk"),
    ("Manchester City Council", "https://www.manchester.gov.uk"),
]


def rich(*paragraphs: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def bullets(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# The Greater Manchester multi-agency procedures the seed guidance refers to.
GMSP_PROCEDURES_URL = "https://greatermanchesterscb.trixonline.co.uk/"
E_SAFETY_PROCEDURE_URL = "https://greatermanchesterscb.trixonline.co.uk/chapters/contents.html"

SEED_TITLE = "Use of social media by practitioners & volunteers – advice for all"
SEED_SUMMARY = (
    "How anyone who works or volunteers with children, young people, adults or their "
    "families should use social media and digital technology safely and professionally."
)

SEED_BODY = [
    {
        "type": "paragraph",
        "value": rich(
            "Digital technology has become an important part of everyday life; however an "
            "increasing number of cases where workplace practice has exposed the inappropriate "
            "use of technology, grooming behaviour and an inability to challenge colleagues has "
            "highlighted the need for clear practice guidance for workers and organisations "
            "around safer working practice.",
            "Anyone who works with children, young people, adults or their families, whether in "
            "a voluntary or paid capacity, must always have their professional role in mind when "
            "operating in the digital world and should always consider how their behaviour could "
            "affect their professional reputation and employment. All digital records should be "
            "considered to be permanent.",
            "MSAB and MSCB expects all partner agencies to have their own advice and guidance in "
            "place, which includes:",
        )
        + bullets(
            "what staff and volunteers may and may not share about their work online",
            "how to set up and keep privacy settings on personal accounts",
            "how to communicate with children, young people and adults at risk only through "
            "approved work channels",
            "what to do if a child, young person or service user makes contact through a "
            "personal account",
            "how to raise a concern about a colleague's online behaviour",
        )
        + rich(
            "This guidance is not intended to interfere in an employee or volunteer’s private "
            "life, but to help avoid work and private lives clashing in inappropriate ways "
            "because of social networking activities."
        ),
    },
    {"type": "heading", "value": {"text": "Good practice guidelines", "level": "h2"}},
    {
        "type": "do_dont",
        "value": {
            "do_heading": "Appropriate",
            "do_items": [
                "Use work accounts and devices for contact with the people you support.",
                "Keep personal profiles private and review your privacy settings regularly.",
                "Think before you post: assume anything you share may be seen by the people "
                "you work with, and that it is permanent.",
                "Tell your manager if a child, young person or service user tries to contact you "
                "through a personal account.",
                "Challenge or report colleagues whose online behaviour worries you.",
            ],
            "dont_heading": "Inappropriate behaviour",
            "dont_items": [
                "Accepting or sending friend requests to children, young people or service "
                "users you know through your work.",
                "Sharing photographs, names or details of the people you work with.",
                "Discussing your workplace, colleagues or cases online, even without names.",
                "Private messaging with a child or adult at risk outside agreed work channels.",
                "Posting content that could bring your organisation or profession into disrepute.",
            ],
        },
    },
    {"type": "heading", "value": {"text": "Policy and Procedures", "level": "h2"}},
    {
        "type": "paragraph",
        "value": rich(
            "The Boards expect all member agencies to have policies in place to support online "
            "safety practice. The following list is not exhaustive:"
        )
        + bullets(
            "an ICT acceptable use policy for staff, volunteers and the people they support",
            "a social media policy",
            "a staff code of conduct",
            "a whistleblowing policy",
            "data protection and information sharing policies",
            "safer recruitment procedures",
        )
        + rich(
            "An example of an ICT Acceptable Use Policy for staff and young people (AUP) can be "
            f'found in chapter 4.2 of the <a href="{GMSP_PROCEDURES_URL}">GMSP procedures</a> '
            "as Appendix 1: Example of an ICT Acceptable Use Policy (AUP) for Staff and Young "
            "People.",
            f'The <a href="{GMSP_PROCEDURES_URL}">GMSP procedures</a> also contain a section '
            "Safer Working Practices for Those Working or Volunteering with Children and a link "
            f'to ‘<a href="{E_SAFETY_PROCEDURE_URL}">E-Safety Working Practices for Staff '
            "Procedure</a>’ which sets out good practice guidelines when working with children "
            "and young people.",
        ),
    },
    {"type": "document", "value": {"document": None, "link_text": "", "description": ""}},
    {
        "type": "heading",
        "value": {"text": "Health and Care Professions Council (HCPC) guidance", "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": rich(
            "The HCPC have published guidance on social media which contains useful pointers for "
            "professionals and students about how to interact using social media in a way that "
            "meets their standards.",
            "The guidance focuses on issues that registrants and other stakeholders come across "
            "most frequently. It was informed by an online workshop and public consultation and "
            "complements guidance produced by professional bodies.",
            "The guidance explains what HCPC standards mean when using social media and they "
            "have structured part of the guidance under the areas of their standards which "
            "apply to the appropriate use of social media.",
        ),
    },
    {
        "type": "external_resource",
        "value": {
            "title": "Guidance on social media",
            "external_url": "https://www.hcpc-uk.org",
            "organisation": "Health and Care Professions Council",
            "description": "Download the Guidance on social media from the HCPC website "
            "www.hcpc-uk.org",
        },
    },
    {
        "type": "paragraph",
        "value": rich(
            "To accompany the guidance there are some ‘top tips’ and useful case studies that "
            "demonstrate the positive and negative effects of social media on registrants’ "
            "practice."
        ),
    },
    {
        "type": "callout",
        "value": {
            "style": "warning",
            "heading": "If you are worried about a colleague",
            "text": rich(
                "If you think a colleague's contact with a child or adult online is "
                "inappropriate, tell your safeguarding lead or the Local Authority Designated "
                "Officer (LADO) the same day. Do not confront the colleague yourself."
            ),
        },
    },
]

AUP_DOCUMENT = (
    "Example ICT Acceptable Use Policy (AUP)",
    [
        "This example shows the headings an acceptable use policy should cover.",
        "1. Who the policy applies to: staff, volunteers and young people.",
        "2. Equipment and accounts: use work devices and accounts for work contact.",
        "3. Communication: only through approved channels; never private messaging.",
        "4. Images: consent, storage and deletion of photographs and video.",
        "5. Personal social media: privacy settings, no contact with service users.",
        "6. Reporting: how to report misuse or a concern about a colleague.",
        "7. Monitoring and breaches: what happens when the policy is broken.",
        "Adapt this example to your own organisation before use.",
    ],
)

SELF_NEGLECT_TITLE = "Self-neglect and hoarding: a guide for practitioners"
SELF_NEGLECT_SUMMARY = (
    "How to recognise self-neglect and hoarding, work with the person, and when to raise a "
    "safeguarding concern."
)
SELF_NEGLECT_BODY = [
    {
        "type": "paragraph",
        "value": rich(
            "Self-neglect covers a wide range of behaviour: neglecting to care for one's "
            "personal hygiene, health or surroundings, and behaviour such as hoarding. It can "
            "be a sign of other needs, and people have the right to make choices others find "
            "unwise.",
            "Building a relationship with the person over time is often what makes the "
            "difference. Agencies should share information and agree who leads.",
        ),
    },
    {"type": "heading", "value": {"text": "When to raise a concern", "level": "h2"}},
    {
        "type": "paragraph",
        "value": bullets(
            "the person's health or safety, or that of others, is at serious risk",
            "the person may lack capacity to make decisions about their care",
            "there is a fire risk, for example from hoarded items or blocked exits",
            "the person is refusing all help and the risk is rising",
        ),
    },
]

# More guidance in the online safety topic, so related content has something to show.
MORE_ONLINE_GUIDANCE = [
    {
        "slug": "allegations-against-staff-online",
        "title": "Allegations against staff and volunteers about online contact",
        "summary": "What to do when an adult who works with children may have harmed a child "
        "or behaved inappropriately online.",
        "body": [
            {
                "type": "paragraph",
                "value": rich(
                    "If you are told, or see, that a colleague or volunteer has been messaging a "
                    "child privately, sharing images or making contact outside approved channels, "
                    "treat it as an allegation. Do not investigate it yourself.",
                    "Tell your designated safeguarding lead the same day. They will contact the "
                    "LADO within one working day to agree what happens next.",
                ),
            },
        ],
    },
    {
        "slug": "online-grooming-and-exploitation",
        "title": "Online grooming and child sexual exploitation",
        "summary": "The signs that a child is being groomed online, and how to respond.",
        "body": [
            {
                "type": "paragraph",
                "value": rich(
                    "Grooming is when someone builds a relationship with a child to abuse or "
                    "exploit them. It often starts on games, apps and social media, and can lead "
                    "to CSE.",
                ),
            },
            {"type": "heading", "value": {"text": "Signs to look out for", "level": "h2"}},
            {
                "type": "paragraph",
                "value": bullets(
                    "secrecy about who they are talking to online",
                    "new gifts, money or a second phone",
                    "an older 'boyfriend' or 'girlfriend'",
                    "going missing from home or school",
                ),
            },
        ],
    },
]

# Jargon readers and staff use either way round: (term, alternatives separated by commas).
SYNONYMS = [
    ("LADO", "Local Authority Designated Officer, designated officer"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("DoLS", "Deprivation of Liberty Safeguards"),
    ("CSE", "child sexual exploitation"),
    ("SAR", "Safeguarding Adults Review"),
    ("CSPR", "Child Safeguarding Practice Review"),
    ("HCPC", "Health and Care Professions Council"),
    ("DSL", "designated safeguarding lead"),
]

GUIDANCE_TOPICS = [
    {
        "title": "Online safety",
        "slug": "online-safety",
        "topic": "Online safety",
        "summary": "Keeping children and adults at risk safe online, and safer working "
        "practice for staff and volunteers.",
        "intro": "<p>Guidance for practitioners, volunteers and families on staying safe "
        "online.</p>",
    },
    {
        "title": "Adults at risk",
        "slug": "adults-at-risk",
        "topic": "Adults at risk",
        "summary": "Guidance on safeguarding adults with care and support needs.",
        "intro": "<p>Guidance on recognising and responding to abuse and neglect of adults "
        "with care and support needs.</p>",
    },
]

QA_INTRO = "<p>Quick answers to the questions we are asked most often.</p>"
QUESTIONS = [
    (
        "Reporting a concern",
        "How do I report a concern about a child?",
        rich(
            "If a child is in immediate danger, call 999. Otherwise call the children's "
            "daytime number shown at the bottom of every page, or the out-of-hours number in "
            "the evening, at weekends and on bank holidays."
        ),
    ),
    (
        "Reporting a concern",
        "How do I report a concern about an adult at risk?",
        rich(
            "Call the adults' daytime number at the bottom of this page. Tell us what you have "
            "seen or heard, and whether the person knows you are calling. If someone is in "
            "immediate danger, call 999."
        ),
    ),
    (
        "Reporting a concern",
        "What is the MASH?",
        rich(
            "The Multi-Agency Safeguarding Hub (MASH) brings together social care, police, "
            "health and other agencies so that concerns about a child can be assessed quickly "
            "with all the information in one place."
        ),
    ),
    (
        "Working with children",
        "Who is the LADO and when should I contact them?",
        rich(
            "The Local Authority Designated Officer (LADO) handles allegations that an adult "
            "who works or volunteers with children has harmed a child, may have committed an "
            "offence against a child, or behaved in a way that shows they may pose a risk. "
            "Contact the LADO within one working day."
        ),
    ),
    (
        "Online safety",
        "Can I accept a friend request from a young person I work with?",
        rich(
            "No. Keep contact to approved work channels and tell your manager about the "
            "request. See our guidance on the use of social media by practitioners and "
            "volunteers."
        ),
    ),
    (
        "Training",
        "Is partnership training free?",
        rich(
            "Most multi-agency training is free to practitioners and volunteers working in "
            "the city. Places are limited, so please cancel if you cannot attend."
        ),
    ),
]

RESOURCES = [
    # title, description, topic, type, url (None: a generated PDF)
    (
        "Example ICT acceptable use policy",
        "A template policy covering devices, accounts, images and personal social media.",
        "Online safety",
        "toolkit",
        None,
    ),
    (
        "HCPC guidance on social media",
        "The Health and Care Professions Council's guidance for registrants on using "
        "social media in line with their standards.",
        "Online safety",
        "guidance",
        "https://www.hcpc-uk.org",
    ),
    (
        "Self-neglect practitioner checklist",
        "A one-page checklist to use on a home visit where self-neglect is suspected.",
        "Adults at risk",
        "toolkit",
        None,
    ),
    (
        "Greater Manchester safeguarding procedures",
        "The multi-agency child protection procedures shared across Greater Manchester.",
        "Working together",
        "policy",
        "https://www.gmsp.org.uk",
    ),
    (
        "Carers' support leaflet",
        "What support unpaid carers can get, and who to contact.",
        "Carers",
        "leaflet",
        None,
    ),
]

NEWS = [
    # days ago, title, summary, topic
    (
        3,
        "Safeguarding Adults Review published: learning about self-neglect",
        "The Manchester Safeguarding Adults Board has published a Safeguarding Adults Review "
        "with lessons for practitioners working with adults who self-neglect.",
        "Adults at risk",
    ),
    (
        4,
        "Carers Manchester: working together for carers",
        "Carers Manchester is a group of organisations, working together to improve services "
        "and support for unpaid carers across the city.",
        "Carers",
    ),
]

TRAINING_INTRO = (
    "Free multi-agency training for practitioners and volunteers across the partnership."
)

EVENTS = [
    # slug, title, summary, days from today, start hour, hours long, format, capacity, open
    {
        "slug": "self-neglect-conference",
        "title": "Self Neglect conference",
        "summary": "The Manchester Safeguarding Partnership (MSP) Self Neglect conference "
        "brings practitioners together to share learning from reviews and practice.",
        "days": 12,
        "hour": 9,
        "hours": 6.5,
        "format": "face_to_face",
        "capacity": 120,
        "booking_open": True,
        "venue": "Manchester Central Library\nSt Peter's Square\nManchester M2 5PD",
    },
    {
        "slug": "face-to-face-virtual-training-offer",
        "title": "Face to Face/ Virtual training offer: working together to safeguard children",
        "summary": "Face to Face/ Virtual training Offer: a number of new training sessions "
        "will take place this term, online and in person.",
        "days": 20,
        "hour": 10,
        "hours": 3,
        "format": "virtual",
        "capacity": 2,
        "booking_open": True,
        "joining_details": "A joining link is emailed to everyone with a confirmed place the "
        "day before.",
    },
    {
        "slug": "domestic-abuse-awareness-volunteers",
        "title": "Domestic abuse awareness for volunteers",
        "summary": "An introduction to recognising domestic abuse and responding safely.",
        "days": -30,
        "hour": 13,
        "hours": 2,
        "format": "virtual",
        "capacity": 40,
        "booking_open": False,
        "joining_details": "This session has finished.",
    },
]

# Demo bookings (made-up people): the small virtual session is full with a waiting list.
DEMO_BOOKINGS = {
    "face-to-face-virtual-training-offer": [
        ("Alex Demo", "Children's Services", "Social worker", "confirmed"),
        ("Sam Example", "Community Health", "School nurse", "confirmed"),
        ("Jo Sample", "Youth Justice Service", "Case manager", "waiting"),
        ("Chris Placeholder", "Primary school", "Designated safeguarding lead", "waiting"),
    ],
    "self-neglect-conference": [
        ("Pat Demo", "Adult Social Care", "Team manager", "confirmed"),
        ("Lee Example", "Housing association", "Tenancy officer", "confirmed"),
    ],
    "domestic-abuse-awareness-volunteers": [
        ("Robin Demo", "Food bank", "Volunteer coordinator", "attended"),
        ("Kim Example", "Faith group", "Volunteer", "no_show"),
    ],
}

STANDARD_PAGES = [
    {
        "slug": "safer-browsing",
        "title": "Browsing safely",
        "summary": "How to hide your visit to this site if someone else uses your phone or "
        "computer.",
        "show_in_menus": False,
        "body": [
            {
                "type": "paragraph",
                "value": rich(
                    "If someone who is hurting you might check your phone, tablet or computer, "
                    "you can make it harder for them to see that you visited this site.",
                    "The <strong>Exit this page</strong> button at the top of every page takes "
                    "you straight to a weather website. You can also press the Shift key three "
                    "times.",
                ),
            },
            {"type": "heading", "value": {"text": "Use private browsing", "level": "h2"}},
            {
                "type": "paragraph",
                "value": rich(
                    "Private or incognito browsing does not keep a history of the pages you "
                    "visit. Open a private window from your browser's menu: it is called "
                    "<em>New private window</em>, <em>New incognito tab</em> or <em>InPrivate "
                    "window</em> depending on the browser."
                ),
            },
            {"type": "heading", "value": {"text": "Clear your history", "level": "h2"}},
            {
                "type": "paragraph",
                "value": bullets(
                    "Chrome and Edge: open the menu, choose History, then Clear browsing data.",
                    "Safari on iPhone: open Settings, then Safari, then Clear History and "
                    "Website Data.",
                    "Firefox: open the menu, choose History, then Clear recent history.",
                )
                + rich(
                    "Clearing all of your history can itself look unusual. You may prefer to "
                    "delete only the pages from this site."
                ),
            },
            {"type": "heading", "value": {"text": "What these steps cannot do", "level": "h2"}},
            {
                "type": "paragraph",
                "value": rich(
                    "The exit button and private browsing do not hide your visit from "
                    "monitoring software or from your internet provider, and Back may still "
                    "show pages you opened before this site. If you think your device is being "
                    "watched, use a computer somewhere safer, such as a library, a friend's "
                    "house or your workplace.",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "style": "warning",
                    "heading": "In an emergency",
                    "text": rich("If you are in danger now, call 999."),
                },
            },
        ],
    },
    {
        "slug": "accessibility-statement",
        "title": "Accessibility statement",
        "summary": "How accessible this website is, and how to tell us about a problem.",
        "show_in_menus": False,
        "body": [
            {
                "type": "paragraph",
                "value": rich(
                    "We want as many people as possible to be able to use this website. You "
                    "should be able to zoom in up to 400% without text spilling off the screen, "
                    "navigate the whole site using just a keyboard or speech recognition "
                    "software, and listen to the site using a screen reader.",
                    "We test every type of page against the Web Content Accessibility "
                    "Guidelines (WCAG) version 2.2 at level AA, in a real browser, each time "
                    "the site changes.",
                ),
            },
            {"type": "heading", "value": {"text": "Compliance status", "level": "h2"}},
            {
                "type": "paragraph",
                "value": rich(
                    "This website is partially compliant with the Web Content Accessibility "
                    "Guidelines version 2.2 AA standard, because of the problems listed below.",
                    "Every page has an <strong>Exit this page</strong> button as its first "
                    "link, and works without JavaScript. The site uses no cookies unless you "
                    "log in, and loads nothing from other websites.",
                ),
            },
            {"type": "heading", "value": {"text": "Known problems", "level": "h2"}},
            {
                "type": "paragraph",
                "value": rich(
                    "Some older PDF documents in the resources library are not fully "
                    "accessible. If you need a document in another format, contact us and we "
                    "will send it within ten working days."
                ),
            },
            {"type": "heading", "value": {"text": "Reporting a problem", "level": "h2"}},
            {
                "type": "paragraph",
                "value": rich(
                    "If you find a problem not listed here, email the partnership business "
                    "unit. If you are not happy with our response, contact the Equality "
                    "Advisory and Support Service (EASS)."
                ),
            },
        ],
    },
]

HOME_INTRO = (
    "<p>Safeguarding is everyone's business. The partnership brings together the council, "
    "police, NHS and voluntary organisations to protect children and adults at risk.</p>"
)
