"""Django's PostgreSQL backend with `sql_flush` emptying tables by DELETE (see __init__.py)."""

from functools import cached_property

from django.db.backends.postgresql import base


class DatabaseOperations(base.DatabaseOperations):
    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if self.connection.tables_copied_back_after_tests and not reset_sequences:
            # The test session copies every table back after the test (tests/fixtures.py),
            # which empties what the test left too: nothing to do here, and no post_migrate
            # handlers (Django's flush emits them only after statements).
            return []
        if not tables or reset_sequences or allow_cascade:
            return super().sql_flush(
                style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        return self.connection.skip_row_checks_sql() + [
            f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(self.quote_name(table))};"
            for table in tables
        ]


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
    # Set for the test session once it holds a copy of every table to put back after each
    # transactional test.
    tables_copied_back_after_tests = False

    @cached_property
    def is_superuser(self) -> bool:
        with self.cursor() as cursor:
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            row = cursor.fetchone()
        return bool(row and row[0])

    def skip_row_checks_sql(self) -> list[str]:
        """Statements for a transaction that empties or fills every table at once.

        Foreign keys are deferrable, so they are checked at commit, when every table is
        empty (or whole again) and the order of the statements does not matter. A superuser
        can skip those checks (and the row triggers) altogether for the transaction; checking
        every deleted page against every table that refers to pages takes seconds.
        """
        statements = ["SET CONSTRAINTS ALL DEFERRED;"]
        if self.is_superuser:
            statements.append("SET LOCAL session_replication_role = replica;")
        return statements
