"""My words for the spell check: kept inside the journal, encrypted with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.storage import JournalStore, protection

NAME = "Qwertzuidkamp"  # a customer's name, as private as any answer
PASSPHRASE = "correct horse battery staple"


def test_own_words_are_kept_in_order_once_each(store: JournalStore) -> None:
    assert store.own_words() == []
    store.add_own_word("zuidkamp")
    store.add_own_word("Dekkerhof")
    store.add_own_word("Dekkerhof")
    assert store.own_words() == ["Dekkerhof", "zuidkamp"]
    store.remove_own_word("zuidkamp")
    assert store.own_words() == ["Dekkerhof"]


@pytest.mark.parametrize("odd", ["", "  ", "two words", "x" * 101])
def test_only_single_words_are_kept(store: JournalStore, odd: str) -> None:
    with pytest.raises(ValueError):
        store.add_own_word(odd)
    assert store.own_words() == []


def test_own_words_stay_with_the_journal_file(journal_path: Path) -> None:
    store = JournalStore.open(journal_path)
    store.add_own_word(NAME)
    store.close()
    again = JournalStore.open(journal_path)
    try:
        assert again.own_words() == [NAME]
    finally:
        again.close()


def test_own_words_are_not_readable_outside_an_encrypted_journal(journal_path: Path) -> None:
    JournalStore.open(journal_path).close()
    protection.encrypt(journal_path, PASSPHRASE)
    key = protection.unlock(journal_path, PASSPHRASE)
    store = JournalStore.open(journal_path, key)
    try:
        store.add_own_word(NAME)
        assert store.own_words() == [NAME]
        files = [p for p in journal_path.parent.rglob("*") if p.is_file()]
        assert files
        for path in files:
            assert NAME.encode() not in path.read_bytes(), path.name
    finally:
        store.close()


def test_the_names_of_customers_and_deals_each_once(
    store: JournalStore, library: FlowLibrary
) -> None:
    flow = library.flows[0]
    named = [("Dekkerhof", "Renewal 2027"), ("Dekkerhof", ""), ("", "Zuidkamp pilot")]
    for customer, deal in named:
        store.set_details(store.start(flow).id, customer, deal, [])
    assert sorted(store.names()) == ["Dekkerhof", "Renewal 2027", "Zuidkamp pilot"]
