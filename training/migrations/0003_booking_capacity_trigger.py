"""The last line against overbooking on PostgreSQL: a constraint trigger on bookings.

Whenever a booking starts holding a place (confirmed, attended or no-show), the trigger
locks the event's row, counts the places held and rejects the change with a check
violation when that would exceed the event's capacity. The booking services lock the
same row first, so in normal use the trigger never fires; it stops any other write path
(a bug, an admin edit, raw SQL) from overbooking under any concurrency.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION training_booking_within_capacity() RETURNS trigger AS $$
DECLARE
    places integer;
    taken integer;
BEGIN
    IF NEW.status NOT IN ('confirmed', 'attended', 'no_show') THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.event_id = NEW.event_id
            AND OLD.status IN ('confirmed', 'attended', 'no_show') THEN
        RETURN NULL;
    END IF;
    SELECT capacity INTO places FROM training_trainingeventpage
        WHERE page_ptr_id = NEW.event_id FOR UPDATE;
    SELECT count(*) INTO taken FROM training_booking
        WHERE event_id = NEW.event_id AND status IN ('confirmed', 'attended', 'no_show');
    IF taken > places THEN
        RAISE EXCEPTION 'training event % has % places and % would be taken',
            NEW.event_id, places, taken
            USING ERRCODE = 'check_violation', CONSTRAINT = 'training_booking_within_capacity';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER training_booking_within_capacity
    AFTER INSERT OR UPDATE OF status, event_id ON training_booking
    FOR EACH ROW EXECUTE FUNCTION training_booking_within_capacity();
"""

DROP = """
DROP TRIGGER IF EXISTS training_booking_within_capacity ON training_booking;
DROP FUNCTION IF EXISTS training_booking_within_capacity();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("training", "0002_bookings")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
