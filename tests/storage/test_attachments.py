"""Pictures and files inside the journal: in and out byte for byte, refused whole when bad,
private with a private answer, and never readable outside an encrypted journal."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from coachdesk.coaching import attachments as attaching
from coachdesk.coaching.attachments import Limits, NewAttachment
from coachdesk.coaching.file_kinds import FileRefused
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.storage import DamagedJournalError, JournalStore, backups, protection
from tests import attachment_samples as samples
from tests.conftest import FakeClock

KB = 1024
MARKER = b"WHITEBOARD-MARKER-5581"
PASSPHRASE = "correct horse battery staple"


def reflection(store: JournalStore, library: FlowLibrary, text: str = "the workshop") -> int:
    flow = library.flows[0]
    started = store.start(flow)
    store.save_answer(started.id, replace(Answer.blank(flow.questions[0], 0), text=text))
    return started.id


def rows(store: JournalStore) -> int:
    return int(store._db.execute("select count(*) from attachments").fetchone()[0])


def test_every_kind_goes_in_and_comes_back_byte_for_byte(
    store: JournalStore, library: FlowLibrary, clock: FakeClock
) -> None:
    rid = reflection(store, library)
    for name, data in samples.SAMPLES.items():
        store.attach(rid, name, data)
    listed = store.attachments(rid)
    assert [a.name for a in listed] == list(samples.SAMPLES)
    for attachment in listed:
        data = samples.SAMPLES[attachment.name]
        assert store.attachment_data(attachment.id) == data
        assert attachment.size == len(data)
        assert attachment.sha256 == hashlib.sha256(data).hexdigest()
        assert attachment.reflection_id == rid and attachment.question_id is None
        assert attachment.created_at == clock.now
    assert [a.is_image for a in listed[:5]] == [True, True, True, True, False]
    assert store.attachments_size() == sum(len(d) for d in samples.SAMPLES.values())


def test_an_attachment_can_belong_to_one_answer(store: JournalStore, library: FlowLibrary) -> None:
    rid = reflection(store, library)
    question = library.flows[0].questions[0].id
    kept = store.attach(rid, "napkin.jpg", samples.JPEG, question_id=question)
    assert store.attachment(kept.id).question_id == question


def test_the_same_file_twice_is_kept_once_and_another_of_that_name_is_numbered(
    store: JournalStore, library: FlowLibrary
) -> None:
    rid = reflection(store, library)
    first = store.attach(rid, "board.png", samples.PNG)
    assert store.attach(rid, "board.png", samples.PNG) == first
    other = store.attach(rid, "board.png", samples.png(rgb=b"\x00\x00\x00"))
    assert other.name == "board (2).png"
    assert [a.name for a in store.attachments(rid)] == ["board.png", "board (2).png"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("invoice.pdf", samples.PNG, "lies"),
        ("setup.png", b"MZ" + b"\x00" * 100, "unknown"),
        ("board.png", samples.PNG[:-10], "unreadable"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_is_stored(
    store: JournalStore, library: FlowLibrary, name: str, data: bytes, reason: str
) -> None:
    rid = reflection(store, library)
    with pytest.raises(FileRefused) as refused:
        store.attach(rid, name, data)
    assert refused.value.reason == reason
    assert store.attachments(rid) == [] and rows(store) == 0


def test_limits_per_file_and_per_journal_are_kept(
    store: JournalStore, library: FlowLibrary
) -> None:
    store.attachment_limits = Limits(per_file=30 * KB, per_journal=50 * KB)
    rid = reflection(store, library)
    big = samples.png(text=b"x" * 31 * KB)
    with pytest.raises(FileRefused, match="a file may be at most") as too_large:
        store.attach(rid, "big.png", big)
    assert too_large.value.reason == "too-large"
    store.attach(rid, "one.png", samples.png(text=b"1" * 25 * KB))
    with pytest.raises(FileRefused, match="does not fit") as full:
        store.attach(rid, "two.png", samples.png(text=b"2" * 26 * KB))
    assert full.value.reason == "full"
    assert [a.name for a in store.attachments(rid)] == ["one.png"]


def test_a_file_on_disk_too_large_is_refused_before_it_is_read_whole(
    store: JournalStore, library: FlowLibrary, tmp_path: Path
) -> None:
    store.attachment_limits = Limits(per_file=10 * KB, per_journal=50 * KB)
    rid = reflection(store, library)
    path = tmp_path / "scan.pdf"
    path.write_bytes(samples.PDF + b"%" * 20 * KB)
    with pytest.raises(FileRefused, match="scan.pdf is"):
        store.attach_file(rid, path)
    with pytest.raises(FileRefused, match="cannot be read"):
        store.attach_file(rid, tmp_path / "gone.pdf")
    (tmp_path / "ok.pdf").write_bytes(samples.PDF)
    assert store.attach_file(rid, tmp_path / "ok.pdf").name == "ok.pdf"


def test_attaching_to_a_reflection_that_is_gone_stores_nothing(store: JournalStore) -> None:
    with pytest.raises(KeyError):
        store.attach(12345, "board.png", samples.PNG)
    assert rows(store) == 0


def test_detach_removes_one_by_name_and_deleting_a_reflection_removes_all(
    store: JournalStore, library: FlowLibrary
) -> None:
    rid = reflection(store, library)
    store.attach(rid, "board.png", samples.PNG)
    store.attach(rid, "offer.pdf", samples.PDF)
    assert store.detach(rid, "BOARD.png").name == "board.png"
    assert [a.name for a in store.attachments(rid)] == ["offer.pdf"]
    with pytest.raises(KeyError):
        store.detach(rid, "board.png")
    store.delete(rid)
    assert rows(store) == 0


def test_counts_per_reflection(store: JournalStore, library: FlowLibrary) -> None:
    one, two, none = (reflection(store, library, t) for t in ("one", "two", "none"))
    store.attach(one, "a.png", samples.PNG)
    store.attach(two, "a.png", samples.PNG)
    store.attach(two, "b.pdf", samples.PDF)
    assert store.attachment_counts([one, two, none]) == {one: 1, two: 2}


def test_bytes_changed_on_disk_are_damage_not_a_picture(
    store: JournalStore, library: FlowLibrary
) -> None:
    rid = reflection(store, library)
    kept = store.attach(rid, "board.png", samples.PNG)
    store._db.execute("update attachments set data = ? where id = ?", [samples.JPEG, kept.id])
    with pytest.raises(DamagedJournalError):
        store.attachment_data(kept.id)


def test_an_attachment_of_a_private_answer_is_private(
    store: JournalStore, library: FlowLibrary
) -> None:
    rid = reflection(store, library)
    question = library.flows[0].questions[0].id
    whole = store.attach(rid, "board.png", samples.PNG)
    of_answer = store.attach(rid, "napkin.jpg", samples.JPEG, question_id=question)
    listed = store.attachments(rid)
    assert attaching.shareable(listed, store.get(rid)) == [whole, of_answer]
    store.set_private(rid, question, True)
    assert attaching.is_private(of_answer, store.get(rid))
    assert attaching.shareable(listed, store.get(rid)) == [whole]


def test_an_import_brings_its_files_in_the_same_transaction(
    store: JournalStore, library: FlowLibrary, clock: FakeClock
) -> None:
    flow = library.flows[0]
    answer = replace(Answer.blank(flow.questions[0], 0), text="whiteboard")

    def new(text: str, *files: NewAttachment) -> NewReflection:
        return NewReflection(flow, (replace(answer, text=text),), clock.now, attachments=files)

    good = new("one", NewAttachment("board.png", lambda: samples.PNG))
    outcome = store.import_new([good])
    assert [a.name for a in store.attachments(outcome.added[0])] == ["board.png"]
    bad = new("two", NewAttachment("fake.jpg", lambda: samples.PDF))
    with pytest.raises(FileRefused):
        store.import_new([new("three"), bad])
    assert store.count() == 1 and rows(store) == 1


def test_an_import_keeps_what_fits_and_names_what_does_not(
    store: JournalStore, library: FlowLibrary, clock: FakeClock
) -> None:
    store.attachment_limits = Limits(per_file=30 * KB, per_journal=50 * KB)
    flow = library.flows[0]
    photos = {n: samples.png(text=n.encode() * 10 * KB) for n in ("aa", "bb", "cc")}

    def file(name: str) -> NewAttachment:
        return NewAttachment(f"{name}.png", lambda: photos[name], size=len(photos[name]))

    answer = replace(Answer.blank(flow.questions[0], 0), text="one")
    first = NewReflection(flow, (answer,), clock.now, attachments=(file("aa"), file("bb")))
    second = NewReflection(
        flow, (replace(answer, text="two"),), clock.now, attachments=(file("cc"),)
    )
    outcome = store.import_new([first, second])
    assert outcome.no_room == ("cc.png",) and len(outcome.added) == 2
    assert store.attachment_counts(outcome.added) == {outcome.added[0]: 2}


def test_backup_restore_and_encrypt_decrypt_keep_every_byte(
    journal_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(journal_path)
    rid = reflection(store, library)
    for name, data in samples.SAMPLES.items():
        store.attach(rid, name, data)
    made = store.back_up("manual")
    store.detach(rid, "whiteboard.png")
    store.close()
    backups.restore(made, journal_path, None)
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    store = JournalStore.open(journal_path, key)
    kept = {a.name: store.attachment_data(a.id) for a in store.attachments(rid)}
    store.close()
    assert kept == samples.SAMPLES
    protection.decrypt(journal_path, key)
    store = JournalStore.open(journal_path)
    try:
        assert {a.name: store.attachment_data(a.id) for a in store.attachments(rid)} == kept
    finally:
        store.close()


def test_no_byte_of_a_picture_is_readable_outside_an_encrypted_journal(
    journal_path: Path, library: FlowLibrary
) -> None:
    JournalStore.open(journal_path).close()
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    store = JournalStore.open(journal_path, key)
    picture = samples.png(text=MARKER * 200)
    try:
        rid = reflection(store, library)
        store.attach(rid, "whiteboard.png", picture)
        store.attach(rid, "second.png", samples.png(text=MARKER + b" again"))
        store.back_up("manual")
        assert store.attachment_data(store.attachments(rid)[0].id) == picture
        assert_nothing_readable(journal_path.parent)  # while open: the -wal holds it
    finally:
        store.close()
    assert_nothing_readable(journal_path.parent)


def assert_nothing_readable(folder: Path) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"journal.sqlite", "journal.sqlite.key"}
    assert any(p.parent.name == "backups" for p in files)
    for path in files:
        data = path.read_bytes()
        assert MARKER not in data, path
        assert MARKER.decode().encode("utf-16-le") not in data, path
