"""Demo content for reporting a concern: the site's phone numbers with their hours, the report a
concern page, and the pages every footer links to (privacy notice, contact us, about us).

Called once from the demo loader; like it, creates only what is missing.
"""

from django.conf import settings as django_settings

from portal.demo.content import SITE_SETTINGS, bullets, rich
from portal.models import SiteSettings, StandardPage

from .models import ReportConcernPage

WEEKDAYS = ["0", "1", "2", "3", "4"]
WEEKEND = ["5", "6"]


def hours(days: list[str], opens: str, closes: str) -> dict:
    return {"days": days, "opens": opens, "closes": closes}


OFFICE_HOURS = [hours(WEEKDAYS, "09:00", "17:00")]


def line(role: str, name: str, number: str, *, periods=(), bank="closed", note="", **flags):
    return (
        "line",
        {
            "role": role,
            "name": name,
            "number": number,
            "note": note,
            "always_open": flags.get("always", False),
            "hours": list(periods),
            "bank_holidays": bank,
            "call_now": flags.get("call_now", False),
        },
    )


def phone_lines() -> list:
    front_door = SITE_SETTINGS["children_daytime_phone"]
    adults = SITE_SETTINGS["adults_daytime_phone"]
    duty_team = SITE_SETTINGS["out_of_hours_phone"]
    return [
        line(
            "children",
            "Children's services (Manchester front door)",
            front_door,
            periods=OFFICE_HOURS,
            call_now=True,
        ),
        line("adults", "Adult social care", adults, periods=OFFICE_HOURS, call_now=True),
        line(
            "out_of_hours",
            "Emergency duty team (out of hours)",
            duty_team,
            periods=[
                hours(WEEKDAYS, "00:00", "09:00"),
                hours(WEEKDAYS, "17:00", "00:00"),
                hours(WEEKEND, "00:00", "00:00"),
            ],
            bank="open",
            call_now=True,
        ),
        line("police", "Greater Manchester Police (not an emergency)", "101", always=True),
        line(
            "relay",
            "Relay UK: type or listen, children's and adults' services",
            f"18001 {front_door}",
            periods=OFFICE_HOURS,
            note="Add 18001 before any number to call it through Relay UK.",
        ),
        line(
            "relay",
            "Relay UK: emergency duty team",
            f"18001 {duty_team}",
            periods=[
                hours(WEEKDAYS, "00:00", "09:00"),
                hours(WEEKDAYS, "17:00", "00:00"),
                hours(WEEKEND, "00:00", "00:00"),
            ],
            bank="open",
        ),
        line(
            "bsl",
            "British Sign Language: the Manchester front door through a video relay service",
            front_door,
            periods=OFFICE_HOURS,
            note="Start a call in a video relay app such as SignVideo and give the "
            "interpreter this number. In an emergency, use the 999 BSL app.",
        ),
        line(
            "nspcc",
            "NSPCC helpline, for adults worried about a child",
            "0808 800 5000",
            periods=[hours(WEEKDAYS, "08:00", "22:00"), hours(WEEKEND, "09:00", "18:00")],
            bank="usual",
            note="Free. You do not have to give your name.",
        ),
        line(
            "childline",
            "Childline, for children and young people",
            "0800 1111",
            always=True,
            note="Free, and the call does not show on the phone bill.",
        ),
        line(
            "lado",
            "Local Authority Designated Officer (LADO)",
            "0161 234 1214",
            periods=OFFICE_HOURS,
            note="Out of hours, call the emergency duty team.",
        ),
        line(
            "position_of_trust",
            "Adult social care: concerns about people in positions of trust",
            adults,
            periods=OFFICE_HOURS,
            note="Ask for the safeguarding adults team.",
        ),
    ]


def numbers(*roles: str) -> dict:
    return {"type": "phone_numbers", "value": {"roles": list(roles)}}


def heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


REPORT_SUMMARY = (
    "If you are worried that a child or an adult is being abused or neglected, tell us. "
    "You do not need to be sure, and you do not need proof."
)

REPORT_BODY = [
    heading("Is someone in danger now?"),
    paragraph(
        rich(
            "If a child or adult is in danger right now, or a crime is happening, call 999 and "
            "ask for the police. If you cannot speak, stay on the line and press 55 when asked, "
            "so the operator knows it is a real emergency."
        )
    ),
    numbers("emergency"),
    heading("Is it about a child or an adult?"),
    paragraph(
        rich(
            "A child is anyone under 18, including unborn babies. Call children's services.",
            "An adult at risk is someone aged 18 or over who needs care and support (because "
            "of illness, disability, age or addiction, for example) and cannot protect "
            "themselves from abuse or neglect. Call adult social care.",
            "If you are not sure, call either number: they will make sure the right team "
            "hears about it.",
        )
    ),
    heading("During the day"),
    numbers("children", "adults"),
    heading("Evenings, nights, weekends and bank holidays"),
    paragraph(
        rich(
            "When the daytime teams are closed, the emergency duty team takes calls about "
            "children and adults."
        )
    ),
    numbers("out_of_hours"),
    heading("Police, when it is not an emergency"),
    paragraph(
        rich("To report a crime that has already happened, or to pass on information, call 101.")
    ),
    numbers("police"),
    heading("If you are deaf, hard of hearing or find speaking difficult"),
    numbers("relay", "bsl"),
    heading("If you are a child or young person"),
    paragraph(
        rich(
            "You can talk to Childline about anything, at any time. A trained counsellor "
            "will listen, and you will not get into trouble."
        )
    ),
    numbers("childline"),
    heading("If you want advice first"),
    paragraph(
        rich(
            "If you are an adult worried about a child but not sure what to do, the NSPCC "
            "helpline can talk it through with you and pass on your concern."
        )
    ),
    numbers("nspcc"),
    heading("Can I report without giving my name?"),
    paragraph(
        rich(
            "Yes. You can choose not to give your name, and we will still act on what you "
            "tell us. If you do give your name, we will not tell the family who called unless "
            "a court orders it. Giving a way to contact you helps if we need to check "
            "something."
        )
    ),
    heading("What you will be asked"),
    paragraph(
        rich("Tell us what you can. It is fine not to know everything. We will ask:")
        + bullets(
            "the name, age and address of the child or adult, if you know them",
            "what you have seen or heard, and when",
            "whether they are in danger now",
            "who else lives with them or looks after them",
            "whether the person knows you are calling, and what they want to happen",
            "how to contact you, if you are happy to say",
        )
    ),
    heading("What happens next"),
    paragraph(
        rich(
            "A social worker will look at what you have told us the same working day, check "
            "what other agencies know, and decide what help is needed. That might be advice "
            "or support for the family, a visit, or, if someone is at risk of serious harm, "
            "an assessment with the police and health services.",
            "We cannot always tell you what happened afterwards, because the family has a "
            "right to privacy. Call again if you are still worried or something new happens.",
        )
        + "<p>How agencies decide what help is right, from early help to a child protection "
        "or safeguarding enquiry, is set out in the partnership's "
        '<a href="/levels-of-need/">levels of need</a>.</p>'
    ),
    heading("Worried about a professional or volunteer?"),
    paragraph(
        rich(
            "If someone who works or volunteers with children may have harmed a child, or "
            "behaved in a way that suggests they could, tell your organisation's safeguarding "
            "lead and the Local Authority Designated Officer (LADO) within one working day.",
            "If the concern is about someone in a position of trust who works with adults "
            "(a carer, nurse, support worker or volunteer, for example), call adult social "
            "care and ask for the safeguarding adults team.",
        )
    ),
    numbers("lado", "position_of_trust"),
]


def retention() -> str:
    months = django_settings.BOOKING_RETENTION_MONTHS
    return f"{months} month" + ("" if months == 1 else "s")


def footer_pages() -> list[dict]:
    return [
        {
            "slug": "privacy",
            "field": "privacy_page",
            "title": "Privacy notice",
            "summary": "What we collect when you book training, why, who sees it and how long "
            "we keep it.",
            "body": [
                paragraph(
                    rich(
                        "Reading this website does not give us any information about you: "
                        "there are no cookies, no analytics and nothing loaded from other "
                        "websites. The only personal information we collect is what you give "
                        "us when you book a training course or join a waiting list."
                    )
                ),
                heading("What the booking form collects"),
                paragraph(
                    bullets(
                        "your name and email address",
                        "your organisation and your role",
                        "any access or dietary needs you tell us about",
                        "whether you agree to hear about future courses (this is optional "
                        "and separate from your booking)",
                    )
                ),
                heading("Why we collect it"),
                paragraph(
                    rich(
                        "To give you a place, send you the joining details or venue, tell you "
                        "if the course changes, and record attendance for the partnership's "
                        "training reports. The law lets us do this because it is part of our "
                        "public task of keeping children and adults safe."
                    )
                ),
                heading("Who sees it"),
                paragraph(
                    rich(
                        "The partnership's training team, and the trainer for your course. "
                        "We do not sell or share it with anyone else, and it stays on servers "
                        "in the UK."
                    )
                ),
                heading("How long we keep it"),
                paragraph(
                    rich(
                        f"We remove your name, email address, organisation, role and needs "
                        f"{retention()} after the course ends. We keep only the number of "
                        "people who booked and attended."
                    )
                ),
                heading("Seeing or deleting your information"),
                paragraph(
                    rich(
                        "You can ask for a copy of what we hold about you, ask us to correct "
                        "it, or ask us to delete it at any time, using the contact details "
                        "below. We will answer within one month. If you are unhappy with how "
                        "we use your information, you can complain to the Information "
                        "Commissioner's Office (ICO)."
                    )
                ),
            ],
        },
        {
            "slug": "contact-us",
            "field": "contact_page",
            "title": "Contact us",
            "summary": "How to contact the partnership about this website, training or our work.",
            "body": [
                paragraph(
                    rich(
                        "<strong>This is not the way to report a concern about a child or an "
                        "adult.</strong> Use the numbers on the report a concern page, or call "
                        "999 if someone is in danger now.",
                        "For questions about training, this website or the partnership's "
                        "work, contact the partnership team. We answer emails within three "
                        "working days.",
                    )
                ),
            ],
        },
        {
            "slug": "about-the-partnership",
            "field": "about_page",
            "title": "About the partnership",
            "summary": "Who we are and how the council, police and NHS work together to keep "
            "people safe in Manchester.",
            "body": [
                paragraph(
                    rich(
                        "The Manchester Safeguarding Partnership brings together Manchester "
                        "City Council, Greater Manchester Police and the NHS, who share the "
                        "legal duty to keep children and adults at risk safe, with schools, "
                        "housing providers and voluntary organisations across the city.",
                        "We agree how agencies work together, check that they do, train "
                        "practitioners and volunteers, and review cases where someone was "
                        "seriously harmed so that everyone learns from them.",
                    )
                ),
            ],
        },
    ]


CONTACT = {
    "contact_name": "Partnership team, Manchester Safeguarding Partnership",
    "contact_email": "partnership.team@example.invalid",
    "contact_phone": "0161 234 3330",
    "contact_address": "Manchester Safeguarding Partnership\nPO Box 532\nTown Hall\n"
    "Manchester M60 2LA",
    "site_description": "How to report a concern about a child or an adult at risk in "
    "Manchester, with guidance, training and news for practitioners and volunteers.",
}


def load(loader, home) -> None:
    """Add what is missing: numbers with hours, the report page and the footer pages."""
    site_settings = SiteSettings.objects.get(site__root_page=home)
    changed = False
    if not site_settings.lines_for("childline"):
        site_settings.phone_lines = phone_lines()
        changed = True
    for field, value in CONTACT.items():
        if not getattr(site_settings, field):
            setattr(site_settings, field, value)
            changed = True
    loader.child(
        home,
        ReportConcernPage,
        "report-a-concern",
        title="Report a concern about a child or an adult",
        seo_title="Report a concern",
        summary=REPORT_SUMMARY,
        body=REPORT_BODY,
        show_in_menus=False,
    )
    for data in footer_pages():
        page = loader.child(
            home,
            StandardPage,
            data["slug"],
            title=data["title"],
            summary=data["summary"],
            body=data["body"],
        )
        if getattr(site_settings, f"{data['field']}_id") is None:
            setattr(site_settings, data["field"], page)
            changed = True
    if site_settings.accessibility_page_id is None:
        statement = home.get_children().filter(slug="accessibility-statement").first()
        if statement is not None:
            site_settings.accessibility_page = statement
            changed = True
    if changed:
        site_settings.save()
        loader.created.append("report a concern numbers and footer links")
