"""`flask --app app routing suggest | evaluate` over the directory imported into the database."""

from __future__ import annotations

import json

import pytest

from tests.cli import shared_data_file


def _run(app, *args):
    return app.test_cli_runner().invoke(args=["routing", *args])


@pytest.fixture
def directory(app):
    """The reference agencies imported with the operator command."""
    result = app.test_cli_runner().invoke(args=["directory", "import-agencies", str(shared_data_file("agencies.csv"))])
    assert result.exit_code == 0, result.output
    return app


def test_commands_explain_an_empty_directory(app, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("id,text,agency,also_ok\n1,jalan rusak,PUPR,\n", encoding="utf-8")
    for args in (["suggest", "jalan rusak"], ["evaluate", str(rows)]):
        result = _run(app, *args)
        assert result.exit_code == 1
        assert "no agencies" in result.stderr and "import-agencies" in result.stderr


def test_suggest_prints_ranked_agencies_as_json(directory):
    result = _run(directory, "suggest", "jln depan SDN 1 rusakkk parah, bnyk lubang 😡")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["text"] == "jln depan SDN 1 rusakkk parah, bnyk lubang 😡"
    assert document["normalized"] == "jalan depan sdn 1 rusak parah banyak lubang"
    assert document["abstain"] is False
    assert document["suggestions"][0]["code"] == "PUPR"
    assert set(document["suggestions"][0]) == {"code", "name", "score"}
    scores = [s["score"] for s in document["suggestions"]]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)


def test_suggest_abstains_on_a_greeting(directory):
    document = json.loads(_run(directory, "suggest", "selamat pagi min 🙏").stdout)
    assert (document["suggestions"], document["abstain"]) == ([], True)


def test_evaluate_prints_metrics_for_a_labelled_file(directory, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("id,text,agency,also_ok\n"
                    "1,sampah numpuk di pinggir kali,DLH,\n"
                    "2,lampu setopan perempatan mati,DISHUB,\n"
                    "3,halo,NONE,\n", encoding="utf-8")
    metrics = json.loads(_run(directory, "evaluate", str(rows)).stdout)
    assert (metrics["rows"], metrics["routable"], metrics["top1"], metrics["top3"]) == (3, 2, 1.0, 1.0)
    assert (metrics["abstain_precision"], metrics["abstain_recall"], metrics["misses"]) == (1.0, 1.0, [])
    assert metrics["ms_per_message"] > 0


def test_evaluate_refuses_a_file_without_the_columns(directory, tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("nomor,isi\n1,jalan rusak\n", encoding="utf-8")
    result = _run(directory, "evaluate", str(rows))
    assert result.exit_code == 1 and "missing column(s) id, text, agency" in result.stderr


def test_dev_set_meets_the_issue_targets_through_the_command(directory):
    result = _run(directory, "evaluate", str(shared_data_file("routing-dev.csv")))
    metrics = json.loads(result.stdout)
    assert metrics["rows"] == 240
    assert metrics["top1"] >= 0.85 and metrics["top3"] >= 0.95, metrics["misses"]
    assert metrics["ms_per_message"] < 2
