"""Guidance: topic indexes, the seed page and the pages around it, Q&A and the resources
library (demo/content/guidance.toml)."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from demo.data import read
from editorial.groups import EDITORS
from guidance.models import (
    GuidanceIndexPage,
    GuidancePage,
    QAPage,
    QuestionAnswer,
    Resource,
    ResourcesPage,
)
from portal.models import HomePage, Topic


def load(loader, home: HomePage, topics: dict[str, Topic]) -> None:
    data = read("guidance")
    guidance(loader, home, topics, data, owner=content_owner(loader))
    questions(loader, home, data)
    resources(loader, home, topics, data)


def content_owner(loader):
    """A demo editor who owns the demo guidance. It has no password: nobody signs in as it."""
    user, created = get_user_model().objects.get_or_create(
        username="demo-editor",
        defaults={
            "first_name": "Demo",
            "last_name": "Editor",
            "email": "demo-editor@example.invalid",
            "is_active": True,
        },
    )
    if created:
        user.set_unusable_password()
        user.save()
        user.groups.add(Group.objects.get(name=EDITORS))
        loader.created.append("demo editor")
    return user


def guidance(loader, home: HomePage, topics: dict[str, Topic], data: dict, owner) -> None:
    today = loader.today
    indexes = {
        index["slug"]: loader.child(
            home,
            GuidanceIndexPage,
            index["slug"],
            title=index["title"],
            summary=index["summary"],
            intro=index["intro"],
            topic=topics[index["topic"]],
            show_in_menus=True,
        )
        for index in data["indexes"]
    }
    seed = data["seed"]
    for block in seed["body"]:
        if block["type"] == "document":
            document = seed["document"]
            block["value"] = {
                "document": loader.document(document["title"], document["lines"]).pk,
                "link_text": document["link_text"],
                "description": document["description"],
            }
    online = indexes["online-safety"]
    guidance_page(loader, online, seed, "practitioners", reviewed_days_ago=60, owner_user=owner)
    for page in data["more_online"]:
        guidance_page(loader, online, page, "both", reviewed_days_ago=120)
    # Overdue for review, so the review notice and the dashboard can be seen.
    guidance_page(
        loader,
        indexes["adults-at-risk"],
        data["self_neglect"],
        "practitioners",
        reviewed_days_ago=400,
        owner_user=owner,
        next_review_due=today - datetime.timedelta(days=35),
    )


def guidance_page(loader, index, row: dict, audience: str, *, reviewed_days_ago: int, **more):
    """A guidance page under a topic index, from its row in the content file."""
    return loader.child(
        index,
        GuidancePage,
        row["slug"],
        title=row["title"],
        summary=row["summary"],
        audience=audience,
        body=row["body"],
        last_reviewed=loader.today - datetime.timedelta(days=reviewed_days_ago),
        **more,
    )


def questions(loader, home: HomePage, data: dict) -> QAPage:
    page = loader.child(home, QAPage, **data["questions_page"], show_in_menus=True)
    asked = set(page.questions.values_list("question", flat=True))
    missing = [
        (order, row) for order, row in enumerate(data["questions"]) if row["question"] not in asked
    ]
    for order, row in missing:
        QuestionAnswer.objects.create(page=page, sort_order=order, **row)
    if missing:
        page.save_revision().publish()
        loader.created.append(f"{len(missing)} questions and answers")
    return page


def resources(loader, home: HomePage, topics: dict[str, Topic], data: dict) -> ResourcesPage:
    page = loader.child(home, ResourcesPage, **data["resources_page"], show_in_menus=True)
    for row in data["resources"]:
        title = row["title"]
        if Resource.objects.filter(title=title).exists():
            continue
        url = row.get("url")
        document = None if url else loader.document(title, [row["description"]])
        Resource.objects.create(
            title=title,
            description=row["description"],
            topic=topics[row["topic"]],
            resource_type=row["type"],
            document=document,
            url=url or "",
        )
        loader.created.append(f"resource “{title}”")
    return page
