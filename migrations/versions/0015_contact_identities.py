"""contacts.bsuid and contacts.username: people WhatsApp identifies by a business-scoped user ID instead of a phone
number (contacts.phone becomes optional; one of the two is always there); outbox.recipient holds either; link_codes
for staff tying such an identity to their registered number

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every existing contact has its phone number: the rows are kept as they are, the new columns left empty.
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("bsuid", sa.String(length=140), nullable=True))
        batch_op.add_column(sa.Column("username", sa.String(length=100), nullable=True))
        batch_op.alter_column("phone", existing_type=sa.String(length=20), nullable=True)
        batch_op.create_unique_constraint(op.f("uq_contacts_bsuid"), ["bsuid"])
        batch_op.create_check_constraint("identified", "phone IS NOT NULL OR bsuid IS NOT NULL")
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.alter_column("recipient", existing_type=sa.String(length=20), type_=sa.String(length=140),
                              existing_nullable=False)
    op.create_table(
        "link_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_link_codes_contact_id_contacts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["staff_id"], ["contacts.id"], name=op.f("fk_link_codes_staff_id_contacts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_codes")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_link_codes_contact_id")),
    )


def downgrade() -> None:
    """Back to phone numbers only: refused while someone is known by a BSUID alone (their history would be lost);
    messages queued for a linked BSUID are readdressed to the same person's number."""
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM contacts WHERE phone IS NULL")).scalar():
        raise RuntimeError("contacts known only by a business-scoped user ID exist: cannot downgrade below 0015")
    op.execute("UPDATE outbox SET recipient = (SELECT phone FROM contacts WHERE contacts.bsuid = outbox.recipient) "
               "WHERE recipient IN (SELECT bsuid FROM contacts WHERE bsuid IS NOT NULL)")
    op.drop_table("link_codes")
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.alter_column("recipient", existing_type=sa.String(length=140), type_=sa.String(length=20),
                              existing_nullable=False)
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_constraint(op.f("ck_contacts_identified"), type_="check")
        batch_op.drop_constraint(op.f("uq_contacts_bsuid"), type_="unique")
        batch_op.alter_column("phone", existing_type=sa.String(length=20), nullable=False)
        batch_op.drop_column("username")
        batch_op.drop_column("bsuid")
