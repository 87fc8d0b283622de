"""PostgreSQL for the test suite: Django's backend, with a flush that deletes rows.

Transactional tests (live_server, transaction=True) end with a flush of every table. Django
empties them with one TRUNCATE, which on PostgreSQL replaces the files of every table and
index (some hundreds here) and costs seconds; the few rows a test leaves behind are gone far
sooner with DELETE. Used by portal/settings/test.py whenever the database is PostgreSQL.
"""
