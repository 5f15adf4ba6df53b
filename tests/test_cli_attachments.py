"""coachdesk attach, attachments and detach; export writes the files beside its JSON Lines
and import brings them back byte for byte, also from and into an encrypted journal."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from coachdesk.coaching.attachments import Limits
from coachdesk.storage import JournalStore
from tests import attachment_samples as samples
from tests.test_cli import run, write_jsonl

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def journal(tmp_path: Path, journal_path: Path) -> tuple[Path, int]:
    notes = tmp_path / "in.jsonl"
    write_jsonl(notes, {"date": "2025-03-03T10:00:00", "title": "Workshop", "text": "debrief"})
    assert run("import", str(notes), "--journal", str(journal_path))[0] == 0
    code, out, _ = run("list", "--journal", str(journal_path), "--format", "jsonl")
    return journal_path, json.loads(out)["id"]


def files(folder: Path, **named: bytes) -> list[str]:
    folder.mkdir(exist_ok=True)
    for name, data in named.items():
        (folder / name).write_bytes(data)
    return [str(folder / name) for name in named]


def listed(journal: Path, rid: int, *more: str) -> list[dict[str, object]]:
    code, out, err = run(
        "attachments", str(rid), "--journal", str(journal), "--format", "jsonl", *more
    )
    assert (code, err) == (0, "")
    return [json.loads(line) for line in out.splitlines()]


def test_attach_list_and_detach(journal: tuple[Path, int], tmp_path: Path) -> None:
    path, rid = journal
    paths = files(tmp_path / "in", **{"board.png": samples.PNG, "offer.pdf": samples.PDF})
    code, out, err = run("attach", str(rid), *paths, "--journal", str(path))
    assert (code, err) == (0, "")
    assert (
        out
        == f"attached board.png ({len(samples.PNG)} B)\nattached offer.pdf ({len(samples.PDF)} B)\n"
    )
    assert listed(path, rid) == [
        {
            "name": "board.png",
            "type": "image/png",
            "size": len(samples.PNG),
            "sha256": hashlib.sha256(samples.PNG).hexdigest(),
            "question_id": None,
        },
        {
            "name": "offer.pdf",
            "type": "application/pdf",
            "size": len(samples.PDF),
            "sha256": hashlib.sha256(samples.PDF).hexdigest(),
            "question_id": None,
        },
    ]
    code, out, _ = run("attachments", str(rid), "--journal", str(path))
    assert out.splitlines()[0].split("\t") == [
        "board.png",
        "image/png",
        f"{len(samples.PNG)} B",
        hashlib.sha256(samples.PNG).hexdigest(),
    ]
    assert run("detach", str(rid), "board.png", "--journal", str(path))[1] == "detached board.png\n"
    assert [a["name"] for a in listed(path, rid)] == ["offer.pdf"]


def test_one_bad_file_and_nothing_is_attached(journal: tuple[Path, int], tmp_path: Path) -> None:
    path, rid = journal
    paths = files(tmp_path / "in", **{"board.png": samples.PNG, "invoice.pdf": samples.JPEG})
    code, out, err = run("attach", str(rid), *paths, "--journal", str(path))
    assert (code, out) == (1, "")
    assert err == (
        "coachdesk: invoice.pdf is named as a .pdf file but holds a JPEG image;"
        " nothing was attached\n"
    )
    assert listed(path, rid) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["attach", "7"], "no reflection with id 7 (coachdesk list shows them)"),
        (["attachments", "7"], "no reflection with id 7 (coachdesk list shows them)"),
        (["detach", "{rid}", "gone.png"], "reflection {rid} has no attachment called 'gone.png'"),
        (["attach", "{rid}", "{missing}"], "missing.png cannot be read: No such file"),
    ],
)
def test_mistakes_are_one_line(
    journal: tuple[Path, int], tmp_path: Path, argv: list[str], message: str
) -> None:
    path, rid = journal
    fill = {"rid": rid, "missing": tmp_path / "missing.png"}
    argv = [a.format(**fill) for a in argv]
    if argv[0] == "attach" and len(argv) == 2:
        argv += files(tmp_path / "in", **{"board.png": samples.PNG})
    code, _, err = run(*argv, "--journal", str(path))
    assert code == 1 and err.startswith("coachdesk: " + message.format(**fill)), err
    assert err.count("\n") == 1


def test_export_writes_the_files_beside_it_and_import_brings_them_back(
    journal: tuple[Path, int], tmp_path: Path
) -> None:
    path, rid = journal
    originals = dict(samples.SAMPLES)
    assert (
        run("attach", str(rid), *files(tmp_path / "in", **originals), "--journal", str(path))[0]
        == 0
    )
    exported = tmp_path / "out" / "notes.jsonl"
    exported.parent.mkdir()
    assert run("export", "-o", str(exported), "--journal", str(path)) == (0, "", "")
    folder = tmp_path / "out" / "notes-attachments" / str(rid)
    assert sorted(p.name for p in folder.iterdir()) == sorted(originals)
    assert all((folder / name).read_bytes() == data for name, data in originals.items())
    line = json.loads(exported.read_text(encoding="utf-8"))
    assert line["attachments"][0]["file"] == f"notes-attachments/{rid}/whiteboard.png"
    again = tmp_path / "again.sqlite"
    code, out, err = run("import", str(exported), "--journal", str(again))
    assert (code, err) == (0, "")
    assert out == "Imported 1 reflection with 13 pictures and files (0 already in the journal).\n"
    store = JournalStore.open(again)
    try:
        back = {a.name: store.attachment_data(a.id) for a in store.attachments(rid)}
    finally:
        store.close()
    assert back == originals
    # A second export into the same place replaces the folder whole.
    run("detach", str(rid), "notes.odt", "--journal", str(path))
    assert run("export", "-o", str(exported), "--journal", str(path))[0] == 0
    assert "notes.odt" not in {p.name for p in folder.iterdir()}


def test_a_changed_or_missing_file_is_named_as_left_out(
    journal: tuple[Path, int], tmp_path: Path
) -> None:
    path, rid = journal
    paths = files(tmp_path / "in", **{"board.png": samples.PNG, "offer.pdf": samples.PDF})
    run("attach", str(rid), *paths, "--journal", str(path))
    exported = tmp_path / "notes.jsonl"
    run("export", "-o", str(exported), "--journal", str(path))
    (tmp_path / "notes-attachments" / str(rid) / "board.png").write_bytes(
        samples.png(rgb=b"\0\0\0")
    )
    (tmp_path / "notes-attachments" / str(rid) / "offer.pdf").unlink()
    code, out, _ = run("import", str(exported), "--journal", str(tmp_path / "again.sqlite"))
    assert code == 0
    assert out.splitlines()[:2] == [
        "left out 1 photo (changed since the export (its size or SHA-256 differs)): board.png",
        "left out 1 PDF (not in the export): offer.pdf",
    ]


def test_what_does_not_fit_is_left_out_and_named(
    journal: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, rid = journal
    paths = files(tmp_path / "in", **{"board.png": samples.PNG, "offer.pdf": samples.PDF})
    run("attach", str(rid), *paths, "--journal", str(path))
    exported = tmp_path / "notes.jsonl"
    run("export", "-o", str(exported), "--journal", str(path))
    monkeypatch.setattr(JournalStore, "attachment_limits", Limits(per_journal=len(samples.PNG)))
    full = tmp_path / "full.sqlite"
    code, out, _ = run("import", str(exported), "--journal", str(full))
    assert code == 0
    assert out.splitlines() == [
        "left out 1 picture or file (the journal keeps 0 MB of them and is full): offer.pdf",
        "Imported 1 reflection with 1 picture or file (0 already in the journal).",
    ]


def test_export_to_standard_output_lists_the_files_and_says_where_they_would_go(
    journal: tuple[Path, int], tmp_path: Path
) -> None:
    path, rid = journal
    run(
        "attach",
        str(rid),
        *files(tmp_path / "in", **{"board.png": samples.PNG}),
        "--journal",
        str(path),
    )
    code, out, err = run("export", "--journal", str(path))
    assert code == 0 and json.loads(out)["attachments"][0]["name"] == "board.png"
    assert err == (
        "note: 1 picture or file was listed, not written: with -o FILE they are written beside it\n"
    )


def test_an_export_into_a_folder_that_is_not_there_is_one_line(
    journal: tuple[Path, int], tmp_path: Path
) -> None:
    path, _ = journal
    code, _, err = run(
        "export", "-o", str(tmp_path / "gone" / "notes.jsonl"), "--journal", str(path)
    )
    assert code == 1 and err.endswith("No such file or directory; nothing was exported\n")
    assert not (tmp_path / "gone").exists()


def test_a_folder_of_the_user_in_the_way_is_left_alone(
    journal: tuple[Path, int], tmp_path: Path
) -> None:
    path, rid = journal
    run(
        "attach",
        str(rid),
        *files(tmp_path / "in", **{"board.png": samples.PNG}),
        "--journal",
        str(path),
    )
    mine = tmp_path / "notes-attachments"
    mine.mkdir()
    (mine / "my thesis.docx").write_bytes(b"mine")
    code, _, err = run("export", "-o", str(tmp_path / "notes.jsonl"), "--journal", str(path))
    assert code == 1 and "is in the way of the export's pictures and files" in err
    assert [p.name for p in mine.iterdir()] == ["my thesis.docx"]
    assert not (tmp_path / "notes.jsonl").exists()


def test_an_encrypted_journal_round_trips_through_the_command_line(
    journal: tuple[Path, int], tmp_path: Path
) -> None:
    path, rid = journal
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    assert run("encrypt", "--journal", str(path), "--passphrase-file", str(secret))[0] == 0
    key = ("--journal", str(path), "--passphrase-file", str(secret))
    picture = samples.png(text=b"WHITEBOARD")
    assert run("attach", str(rid), *files(tmp_path / "in", **{"board.png": picture}), *key)[0] == 0
    assert listed(path, rid, "--passphrase-file", str(secret))[0]["name"] == "board.png"
    assert b"WHITEBOARD" not in path.read_bytes()
    assert run("decrypt", *key)[0] == 0
    store = JournalStore.open(path)
    try:
        assert store.attachment_data(store.attachments(rid)[0].id) == picture
    finally:
        store.close()


def test_check_counts_the_files_and_names_one_whose_bytes_changed(
    journal: tuple[Path, int], tmp_path: Path
) -> None:
    path, rid = journal
    paths = files(tmp_path / "in", **{"board.png": samples.PNG, "offer.pdf": samples.PDF})
    run("attach", str(rid), *paths, "--journal", str(path))
    code, out, _ = run("check", "--journal", str(path))
    assert code == 0 and "attachments: 2, 0.0 MB of 250 MB\n" in out
    store = JournalStore.open(path)
    try:
        flipped = samples.PNG.replace(b"IDAT", b"IDAU")
        store._db.execute("update attachments set data = ? where name = 'board.png'", [flipped])
        store._db.conn.commit()
    finally:
        store.close()
    code, _, err = run("check", "--journal", str(path))
    assert code == 1
    assert err.startswith(
        f"coachdesk: 1 picture or file changed on disk since they were stored: board.png"
        f" (reflection {rid})"
    )
