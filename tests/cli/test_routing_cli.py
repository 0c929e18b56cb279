"""`flask --app app routing suggest | evaluate` over the directory imported into the database."""

from __future__ import annotations

import json

import pytest

from tests.cli import shared_data_file
from tests.conftest import run_cli


@pytest.fixture
def directory(app):
    """The reference agencies imported with the operator command."""
    result = run_cli(app, "directory", "import-agencies", str(shared_data_file("agencies.csv")))
    assert result.exit_code == 0, result.output
    return app


def test_commands_explain_an_empty_directory(app, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("id,text,agency,also_ok\n1,jalan rusak,PUPR,\n", encoding="utf-8")
    for args in (["suggest", "jalan rusak"], ["evaluate", str(rows)]):
        result = run_cli(app, "routing", *args)
        assert result.exit_code == 1
        assert "no agencies" in result.stderr and "import-agencies" in result.stderr


def test_suggest_prints_ranked_agencies_as_json(directory):
    result = run_cli(directory, "routing", "suggest", "jln depan SDN 1 rusakkk parah, bnyk lubang 😡")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["text"] == "jln depan SDN 1 rusakkk parah, bnyk lubang 😡"
    assert document["normalized"] == "jalan depan sdn 1 rusak parah banyak lubang"
    assert document["abstain"] is False
    assert document["suggestions"][0]["code"] == "PUPR"
    assert set(document["suggestions"][0]) == {"code", "name", "score", "reason"}
    assert document["suggestions"][0]["reason"].startswith("kata: ")
    scores = [s["score"] for s in document["suggestions"]]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)


def test_suggest_abstains_on_a_greeting(directory):
    document = json.loads(run_cli(directory, "routing", "suggest", "selamat pagi min 🙏").stdout)
    assert (document["suggestions"], document["abstain"]) == ([], True)


def test_evaluate_prints_metrics_for_a_labelled_file(directory, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("id,text,agency,also_ok\n"
                    "1,sampah numpuk di pinggir kali,DLH,\n"
                    "2,lampu setopan perempatan mati,DISHUB,\n"
                    "3,halo,NONE,\n", encoding="utf-8")
    metrics = json.loads(run_cli(directory, "routing", "evaluate", str(rows)).stdout)
    assert (metrics["rows"], metrics["routable"], metrics["top1"], metrics["top3"]) == (3, 2, 1.0, 1.0)
    assert (metrics["abstain_precision"], metrics["abstain_recall"], metrics["misses"]) == (1.0, 1.0, [])
    assert metrics["ms_per_message"] > 0
    assert metrics["per_agency_recall"] == {"DISHUB": 1.0, "DLH": 1.0} and metrics["confusions"] == []


def _rows(path, *lines: str):
    path.write_text("id,text,agency,also_ok\n" + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return str(path)


MONKEY_ROWS = [f"M{i},{text},DINKANNAK," for i, text in enumerate((
    "monyet liar masuk dapur warga makanan diacak-acak anak kecil takut",
    "kawanan monyet dari bukit turun ke kampung genteng rumah pecah",
    "monyet2 liar tiap pagi masuk rumah ambil makanan warga resah"), 1)]


def test_evaluate_learn_from_replays_the_rows_as_decisions_first(directory, tmp_path):
    question = _rows(tmp_path / "dev.csv", "Q1,monyet liar masuk ke rumah nenek toples makanan dibawa kabur,DINKANNAK,")
    before = json.loads(run_cli(directory, "routing", "evaluate", question).stdout)
    train = _rows(tmp_path / "train.csv", *MONKEY_ROWS)
    after = json.loads(run_cli(directory, "routing", "evaluate", question, "--learn-from", train).stdout)
    assert before["top1"] == 0.0 and after["top1"] == 1.0
    again = json.loads(run_cli(directory, "routing", "evaluate", question).stdout)
    assert again["top1"] == 0.0  # the database learned nothing


def test_evaluate_folds_judges_every_row_by_a_router_that_did_not_learn_it(directory, tmp_path):
    rows = _rows(tmp_path / "rows.csv", *MONKEY_ROWS, "M4,ada monyet liar ngamuk di pemukiman gigit warga,DINKANNAK,",
                 "H1,halo min,NONE,", "H2,terima kasih pak,NONE,")
    result = run_cli(directory, "routing", "evaluate", rows, "--folds", "3")
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert (metrics["folds"], metrics["rows"], metrics["routable"]) == (3, 6, 4)
    assert metrics["top1"] >= 0.5 and metrics["abstain_recall"] == 1.0
    refused = run_cli(directory, "routing", "evaluate", rows, "--folds", "9")
    assert refused.exit_code == 1 and "fewer than --folds 9" in refused.stderr


def test_learn_from_history_is_idempotent(directory):
    first = json.loads(run_cli(directory, "routing", "learn", "--from-history").stdout)
    assert first == {"added": 0, "replaced": 0, "decisions": 0}
    assert run_cli(directory, "routing", "learn").exit_code == 2  # the source must be named


def test_evaluate_refuses_a_file_without_the_columns(directory, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("nomor,isi\n1,jalan rusak\n", encoding="utf-8")
    result = run_cli(directory, "routing", "evaluate", str(rows))
    assert result.exit_code == 1 and "missing column(s) id, text, agency" in result.stderr


def test_dev_set_meets_the_issue_targets_through_the_command(directory):
    result = run_cli(directory, "routing", "evaluate", str(shared_data_file("routing-dev.csv")))
    metrics = json.loads(result.stdout)
    assert metrics["rows"] == 240
    assert metrics["top1"] >= 0.85 and metrics["top3"] >= 0.95, metrics["misses"]
    assert metrics["abstain_precision"] >= 0.8 and metrics["abstain_recall"] >= 0.8
