"""A region's settings file: defaults, overrides, and clear errors for bad values."""

from pathlib import Path

import pytest

from app import create_app
from config import ConfigError
from lapor.region import RegionSettings, Rung, load_region

EXAMPLE = Path(__file__).resolve().parents[2] / "region.example.toml"


def test_example_file_is_exactly_the_defaults():
    assert load_region(EXAMPLE) == RegionSettings()


def test_overrides_replace_only_what_they_name(tmp_path):
    path = tmp_path / "region.toml"
    path.write_text('work_end = "15:00"\ncompletion_days = { pengaduan = 10 }\n'
                    'first_response = [{ after_days = 2, to = "officers" },'
                    ' { after_days = 4, to = ["supervisors"] }]\n')
    settings = load_region(path)
    assert settings.work_end == "15:00" and settings.completion_days == {"informasi": 5, "aspirasi": 5, "pengaduan": 10}
    assert settings.first_response == (Rung(2, ("officers",)), Rung(4, ("supervisors",)))
    assert settings.verification == RegionSettings().verification


def test_staff_quiet_hours_are_set_apart_from_the_citizens(tmp_path):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    path = tmp_path / "region.toml"
    path.write_text('staff_quiet_start = "22:30"\nstaff_quiet_end = "05:00"\n')
    calendar = load_region(path).calendar()
    evening, dawn = (datetime(2026, 8, 13, hour, minute, tzinfo=ZoneInfo("Asia/Jakarta")) for hour, minute in
                     ((22, 0), (5, 30)))
    assert calendar.in_quiet_hours(evening) and not calendar.in_staff_quiet_hours(evening)
    assert calendar.in_quiet_hours(dawn) and not calendar.in_staff_quiet_hours(dawn)
    assert calendar.next_staff_moment(evening.replace(hour=23)) == evening.replace(day=14, hour=5, minute=0)
    defaults = RegionSettings().calendar()
    assert defaults.in_staff_quiet_hours(evening) and defaults.next_staff_moment(evening) == dawn.replace(
        day=14, hour=6, minute=0)


@pytest.mark.parametrize("text,message", [
    ('work_start = "25:00"', "work_start"),
    ('staff_quiet_end = "6 pagi"', "staff_quiet_end"),
    ('ramadan_work_end = "17:00"', "ramadan_work_end .* between work_start and work_end"),
    ('first_response = [{ after_days = 2, to = ["bupati"] }]', "unknown recipient"),
    ('verification = [{ after_days = 3, to = ["verifiers"] }, { after_days = 1, to = ["supervisors"] }]', "increasing"),
    ('weekly_digest_day = "minggu"', "weekly_digest_day"),
    ('timezone = "Asia/Makassar"', "unknown setting"),
    ('deadline = 3', "unknown setting"),
    ('digest_time = "7.30"', "digest_time must be a time of day as HH:MM"),
    ('digest_time = "24:00"', "digest_time"),
    ('completion_days = { pengaduan = 0 }', r"completion_days.pengaduan must be a whole number of working days ≥ 1"),
    ('completion_days = { keluhan = 7 }', "unknown kind"),
    ('completion_days = { informasi = "5" }', "completion_days.informasi"),
    ('field_inspection_days = -60', "field_inspection_days"),
    ('completion_reminder_days_before = -2', r"completion_reminder_days_before must be .* ≥ 0"),
    ('autoclose_after_days = 0', "autoclose_after_days"),
    ('first_response = [{ after_days = 1 }]', "first_response must be a list of"),
    ('verification = [{ after_days = 1.5, to = "verifiers" }]', "verification.after_days"),
    ('complaints_per_hour = -1', r"complaints_per_hour must be a whole number ≥ 0 \(0: off\)"),
    ('complaints_per_day = "10"', "complaints_per_day"),
    ('notice_burst_minutes = 2.5', "notice_burst_minutes"),
    ('complaints_per_day = true', "complaints_per_day"),
])
def test_bad_settings_are_refused_with_the_key_named(tmp_path, text, message):
    path = tmp_path / "region.toml"
    path.write_text(text + "\n")
    with pytest.raises(ValueError, match=message):
        load_region(path)


def test_the_service_refuses_to_start_with_a_bad_region_file(tmp_path):
    path = tmp_path / "region.toml"
    path.write_text('quiet_start = "21:00"\nquiet_end = "21:00"\n')
    with pytest.raises(ConfigError, match="REGION_SETTINGS"):
        create_app({"REGION_SETTINGS": str(path), "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"})


def test_a_bad_digest_time_is_refused_at_start_not_on_every_tick(tmp_path):
    path = tmp_path / "region.toml"
    path.write_text('digest_time = "7.30"\n')
    with pytest.raises(ConfigError, match="REGION_SETTINGS: .*digest_time"):
        create_app({"REGION_SETTINGS": str(path), "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"})


def test_no_reminder_before_the_deadline_is_allowed(tmp_path):
    path = tmp_path / "region.toml"
    path.write_text("completion_reminder_days_before = 0\n")
    assert load_region(path).completion_reminder_days_before == 0


def test_regional_holiday_from_csv_moves_deadlines(tmp_path):
    holidays = tmp_path / "libur.csv"
    holidays.write_text("date,action,name\n2026-11-24,add,Hari Jadi Kabupaten\n")
    path = tmp_path / "region.toml"
    path.write_text(f'holidays_csv = "{holidays}"\n')
    calendar = load_region(path).calendar()
    assert not calendar.is_working_day(__import__("datetime").date(2026, 11, 24))
