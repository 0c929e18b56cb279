"""answer_templates: a unique index on (agency_id, lower(replace(title, ' ', ''))), so two saves of look-alike titles
at the same moment cannot both pass the code's check

Revision ID: 0032
Revises: 0031
"""

import sqlalchemy as sa
from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

INDEX = "uq_answer_templates_agency_title_key"  # models.answer_template.TITLE_KEY_INDEX (kept as it was here)
EXPRESSION = "lower(replace(title, ' ', ''))"
templates = sa.table("answer_templates", sa.column("id", sa.Integer()), sa.column("agency_id", sa.Integer()),
                     sa.column("title", sa.String()))


def upgrade() -> None:
    """Look-alikes saved before the code checked titles (one agency's «Survei» and «SURVEI») would refuse the
    index: the later of each keeps its text and gets a number, «SURVEI (2)», which staff can rename."""
    connection = op.get_bind()
    key = sa.func.lower(sa.func.replace(templates.c.title, " ", ""))
    rows = connection.execute(sa.select(templates.c.id, templates.c.agency_id, templates.c.title, key)
                              .order_by(templates.c.agency_id, templates.c.id)).all()
    taken = {(agency_id, title_key) for _, agency_id, _, title_key in rows}
    seen: set[tuple[int, str]] = set()
    for template_id, agency_id, title, title_key in rows:
        if (agency_id, title_key) not in seen:
            seen.add((agency_id, title_key))
            continue
        number = 2
        while True:
            suffix = f" ({number})"
            renamed = title[:100 - len(suffix)] + suffix
            renamed_key = connection.scalar(sa.select(sa.func.lower(sa.func.replace(sa.literal(renamed), " ", ""))))
            if (agency_id, renamed_key) not in taken:
                break
            number += 1
        taken.add((agency_id, renamed_key))
        seen.add((agency_id, renamed_key))
        connection.execute(sa.update(templates).where(templates.c.id == template_id).values(title=renamed))
    op.execute(f"CREATE UNIQUE INDEX {INDEX} ON answer_templates (agency_id, {EXPRESSION})")


def downgrade() -> None:
    op.execute(f"DROP INDEX {INDEX}")
