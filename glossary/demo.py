"""Demo glossary: safeguarding jargon used across Manchester, and the A to Z page."""

from wagtail.models import Page

from .models import GlossaryPage, GlossaryTerm

# (abbreviation, term, definition, slug of a related page or "")
TERMS = [
    (
        "CAMHS",
        "Child and Adolescent Mental Health Services",
        "NHS services that assess and "
        "treat children and young people with emotional or mental health difficulties.",
        "",
    ),
    (
        "CASS",
        "Children's Advice and Support Service",
        "Manchester's front door for advice "
        "and referrals about children: the first call when you are worried about a child.",
        "",
    ),
    (
        "CCE",
        "Child criminal exploitation",
        "When someone uses their power over a child to "
        "make them commit crimes, such as carrying drugs or money.",
        "child-exploitation",
    ),
    (
        "CSE",
        "Child sexual exploitation",
        "A form of child sexual abuse where a child is "
        "manipulated or forced into sexual activity, sometimes in return for something they "
        "want or need.",
        "child-exploitation",
    ),
    (
        "CSPR",
        "Child Safeguarding Practice Review",
        "A review, led by the partnership, of a "
        "serious case where a child has died or been seriously harmed, to learn how agencies "
        "can work better.",
        "",
    ),
    (
        "DBS",
        "Disclosure and Barring Service",
        "The national body that checks criminal "
        "records and keeps the lists of people barred from working with children or adults at "
        "risk.",
        "",
    ),
    (
        "DoLS",
        "Deprivation of Liberty Safeguards",
        "Legal protections for people in care homes "
        "or hospitals who lack capacity and are not free to leave, so their care is checked "
        "and authorised.",
        "mental-capacity-and-deprivation-of-liberty",
    ),
    (
        "DSL",
        "Designated safeguarding lead",
        "The person in a school or organisation who "
        "staff go to with safeguarding concerns, and who makes referrals.",
        "",
    ),
    (
        "EHC plan",
        "Education, health and care plan",
        "A legal document describing a child or "
        "young person's special educational needs and the support they must get.",
        "",
    ),
    (
        "FGM",
        "Female genital mutilation",
        "Cutting or injuring a girl's or woman's genitals "
        "for no medical reason. It is child abuse and a crime in the UK.",
        "",
    ),
    (
        "GMP",
        "Greater Manchester Police",
        "The police force for Manchester and the nine other Greater Manchester boroughs.",
        "",
    ),
    (
        "GMSP",
        "Greater Manchester Safeguarding Procedures",
        "The procedures shared by the ten "
        "Greater Manchester areas, which local procedures build on.",
        "",
    ),
    (
        "HCPC",
        "Health and Care Professions Council",
        "The regulator for social workers in "
        "England and other health and care professions; it sets the standards they must meet.",
        "",
    ),
    (
        "LADO",
        "Local Authority Designated Officer",
        "The council officer who must be told "
        "when someone who works with children may have harmed a child, and who oversees what "
        "happens next.",
        "allegations-against-staff-and-volunteers",
    ),
    (
        "MARAC",
        "Multi-Agency Risk Assessment Conference",
        "A regular meeting where agencies "
        "share information and plan to keep victims of domestic abuse at high risk safe.",
        "domestic-abuse-and-marac",
    ),
    (
        "MASH",
        "Multi-Agency Safeguarding Hub",
        "Where police, health, social care and other "
        "agencies share information about a referral so the right decision is made quickly.",
        "responding-to-concerns-about-a-child",
    ),
    (
        "MCA",
        "Mental Capacity Act 2005",
        "The law that protects people who may not be able to "
        "make some decisions for themselves, and says how decisions are made for them.",
        "mental-capacity-and-deprivation-of-liberty",
    ),
    (
        "",
        "Prevent",
        "The national programme that aims to stop people being drawn into "
        "terrorism, by spotting the signs early and offering support.",
        "",
    ),
    (
        "SAR",
        "Safeguarding Adults Review",
        "A review of a case where an adult with care and "
        "support needs died or was seriously harmed, and agencies could have worked better "
        "together.",
        "",
    ),
    (
        "",
        "Section 42 enquiry",
        "The enquiries the council must make, under the Care Act "
        "2014, when an adult with care and support needs may be at risk of abuse or neglect.",
        "safeguarding-adults-concerns-and-enquiries",
    ),
    (
        "",
        "Grooming",
        "Building a relationship of trust with a child or adult at risk, online "
        "or in person, in order to abuse or exploit them.",
        "child-exploitation",
    ),
    (
        "",
        "Strategy discussion",
        "A meeting or call between social care, police and other "
        "agencies to decide whether a child or adult is at risk of significant harm and what "
        "to do.",
        "",
    ),
    (
        "",
        "Early help",
        "Support for a family as soon as problems start to emerge, before "
        "they become serious, agreed with the family.",
        "",
    ),
    (
        "",
        "County lines",
        "Gangs moving drugs and money between cities and towns, often using children and "
        "adults at risk to carry them.",
        "child-exploitation",
    ),
    (
        "",
        "Section 47 enquiry",
        "The enquiries children's social care must make, under the Children Act 1989, when a "
        "child may be suffering, or likely to suffer, significant harm.",
        "",
    ),
    (
        "",
        "Transferable risk",
        "When how someone behaves outside work, for example towards their own children, "
        "suggests they may not be safe to work with other children.",
        "allegations-against-staff-and-volunteers",
    ),
    (
        "",
        "Coercive control",
        "A pattern of threats, humiliation, intimidation or other "
        "abuse used to harm, punish or frighten a partner or family member. It is a crime.",
        "domestic-abuse-and-marac",
    ),
]
CASE_SENSITIVE = {"Prevent"}
# Not in the demo glossary: MSAB, MSCB, ICT and AUP, so the seed guidance's sentences read
# exactly as first published (an inline definition puts a button inside the sentence).


def load_demo(*, home: Page, created: list[str]) -> None:
    related = {
        page.slug: page
        for page in Page.objects.filter(slug__in={t[3] for t in TERMS if t[3]}, live=True)
    }
    for abbreviation, term, definition, related_slug in TERMS:
        _term, made = GlossaryTerm.objects.get_or_create(
            term=term,
            defaults={
                "abbreviation": abbreviation,
                "definition": definition,
                "related_page": related.get(related_slug),
                "case_sensitive": term in CASE_SENSITIVE,
            },
        )
        if made:
            created.append(f"glossary term “{abbreviation or term}”")
    if not home.get_children().filter(slug="glossary").exists():
        page = GlossaryPage(
            title="Glossary",
            slug="glossary",
            summary="Safeguarding words and abbreviations explained in plain English.",
            intro="<p>The words and abbreviations used in our guidance and procedures, "
            "explained in plain English.</p>",
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        created.append("glossary page")
