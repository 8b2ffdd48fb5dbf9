"""Alembic migrations of bouncesink's schema (shipped as ``bouncesink.migrations``)."""
