"""media_items.scrubber: the `media.scrub.SCRUBBER` that made or last checked an item's copy without metadata

`flask media clean --redo` kept its checkpoint in a stored item's `last_error` (`copy without metadata checked
(scrubber N)`), where an operator read it as an error and whoever rewrote `last_error` had to keep it. It becomes a
column of its own, and `last_error` says errors only. Going down, the checkpoint goes back into `last_error` of the
stored items that have a copy and no error, so the old code's next run still skips them.

Revision ID: 0035
Revises: 0034
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None

CHECKPOINT = re.compile(r"copy without metadata checked \(scrubber (\d+)\)")
items = sa.table("media_items", sa.column("id", sa.Integer()), sa.column("status", sa.String()),
                 sa.column("last_error", sa.Text()), sa.column("clean_sha256", sa.String()),
                 sa.column("scrubber", sa.Integer()))


def upgrade() -> None:
    with op.batch_alter_table("media_items") as batch_op:
        batch_op.add_column(sa.Column("scrubber", sa.Integer(), nullable=True))
    connection = op.get_bind()
    found: dict[int, list[int]] = {}
    for item_id, error in connection.execute(sa.select(items.c.id, items.c.last_error).where(
            items.c.last_error.like("copy without metadata checked (scrubber %)"))).all():
        checked = CHECKPOINT.fullmatch(error)
        if checked:
            found.setdefault(int(checked.group(1)), []).append(item_id)
    for number, ids in found.items():
        connection.execute(sa.update(items).where(items.c.id.in_(ids)).values(scrubber=number, last_error=None))


def downgrade() -> None:
    op.execute(sa.update(items).where(
        items.c.scrubber.is_not(None), items.c.last_error.is_(None), items.c.status == "stored",
        items.c.clean_sha256.is_not(None)).values(
        last_error=sa.literal("copy without metadata checked (scrubber ")
        + sa.cast(items.c.scrubber, sa.String()) + sa.literal(")")))
    with op.batch_alter_table("media_items") as batch_op:
        batch_op.drop_column("scrubber")
