from wagtail import hooks

from . import approval

hooks.register("construct_page_action_menu", approval.relabel_approve_actions)
hooks.register("after_edit_page", approval.say_approved_and_published)
