"""Reading what a summary or a prep shows from the journal, private answers left out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from coachdesk.coaching.attachments import Attachment
from coachdesk.coaching.commitments import Commitment
from coachdesk.coaching.filters import TimelineFilter
from coachdesk.coaching.insights import insights, local_day
from coachdesk.coaching.privacy import PrivateTest, is_private, made_in_private, without_private
from coachdesk.coaching.reflections import Reflection
from coachdesk.coaching.stories import STORY_FLOW_ID, story_of
from coachdesk.coaching.summary import (
    PREP_RECENT,
    PREP_WEEKS,
    PREPARE_FLOW_ID,
    WEEKLY_FLOW_ID,
    Overview,
    Preset,
    PrintedFile,
    Section,
    SummaryData,
    SummaryRequest,
    default_agenda,
    monthly_trends,
    prep,
)
from coachdesk.coaching.takeaway import look_back
from coachdesk.storage import JournalError, JournalStore
from coachdesk.summary.pictures import for_paper

PAGE = 500
Tick = Callable[[int, int], None]  # (reflections read, of how many); may raise to cancel


def _no_tick(done: int, total: int) -> None:
    pass


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def _finished(store: JournalStore, chosen: TimelineFilter, tick: Tick) -> list[Reflection]:
    """Finished reflections within `chosen`, newest first."""
    total = store.count(chosen)
    found: list[Reflection] = []
    for offset in range(0, total, PAGE):
        page = store.timeline(offset, PAGE, chosen)
        found += store.get_many([s.id for s in page if not s.is_draft])
        tick(min(offset + PAGE, total), total)
    return found


def _latest(store: JournalStore, chosen: TimelineFilter, count: int) -> list[Reflection]:
    summaries = [s for s in store.timeline(0, count + 10, chosen) if not s.is_draft]
    return store.get_many([s.id for s in summaries[:count]])


def _shared_commitments(
    store: JournalStore,
    commitments: Sequence[Commitment],
    known: dict[int, Reflection],
    include_private: bool,
    private: PrivateTest,
) -> list[Commitment]:
    if include_private:
        return list(commitments)
    kept = []
    for commitment in commitments:
        reflection = None
        if commitment.reflection_id is not None:
            reflection = known.get(commitment.reflection_id)
            if reflection is None:
                try:
                    reflection = store.get(commitment.reflection_id)
                except KeyError:
                    reflection = None
        if not made_in_private(commitment, reflection, private):
            kept.append(commitment)
    return kept


def read_summary(
    store: JournalStore,
    request: SummaryRequest,
    made_on: date,
    flow_order: Sequence[str] = (),
    private: PrivateTest = is_private,
    tick: Tick = _no_tick,
) -> SummaryData:
    """Everything the request asks for, read from `store` (which may be a reader)."""
    if request.preset is Preset.PREP:
        return _read_prep(store, request, made_on, private)
    if request.preset is Preset.SESSION:
        if request.session_id is None:
            raise ValueError("the session preset needs a session")
        session = look_back(store, store.session(request.session_id))
        return SummaryData(request=request, made_on=made_on, session=session)
    since, until = request.since, request.until
    read = _finished(store, request.filter, tick)
    known = {r.id: r for r in read}
    shown = tuple(without_private(r, request.include_private, private) for r in reversed(read))
    files = _printed_files(store, read, request, private)
    every = store.commitments()
    shared = _shared_commitments(store, every, known, request.include_private, private)

    def in_period(moment: datetime | None) -> bool:
        return moment is not None and since <= local_day(moment) <= until

    listed = [c for c in shared if in_period(c.created_at) or in_period(c.closed_at)]
    check_ins = [c for c in store.check_ins(_start(since)) if local_day(c.created_at) <= until]
    found = insights(check_ins, shared, store.turning_stages(), until, since)
    weekly = TimelineFilter(flow_id=WEEKLY_FLOW_ID, date_to=until)
    weekly_days = [
        local_day(s.created_at)
        for s in store.timeline(0, store.count(weekly), weekly)
        if not s.is_draft
    ]
    overview = Overview(
        reflections=len(shown),
        weekly_reflections=sum(since <= day <= until for day in weekly_days),
        kept=found.commitments.kept,
        closed=found.commitments.closed,
        check_ins=len(check_ins),
    )
    return SummaryData(
        request=request,
        made_on=made_on,
        reflections=shown,
        stories=tuple(story_of(r) for r in shown if r.flow_id == STORY_FLOW_ID),
        commitments=tuple(listed),
        insights=found,
        overview=overview,
        trends=monthly_trends(check_ins),
        flow_order=tuple(flow_order),
        files=files,
    )


def _of_private_answer(
    attachment: Attachment, reflection: Reflection, private: PrivateTest
) -> bool:
    # coaching.attachments.is_private, with the summary's own test of what is private.
    if attachment.question_id is None:
        return False
    answer = reflection.answer(attachment.question_id)
    return answer is not None and private(answer)


def _printed_files(
    store: JournalStore, read: Sequence[Reflection], request: SummaryRequest, private: PrivateTest
) -> dict[int, tuple[PrintedFile, ...]]:
    """The pictures and files each reflection shows: none of a private answer's (judged on
    the reflection as stored, before its private answers are taken out) unless asked for;
    pictures read, made small enough for paper, only when the request wants them."""
    if not request.wants(Section.REFLECTIONS):
        return {}
    counts = store.attachment_counts([r.id for r in read])
    found: dict[int, tuple[PrintedFile, ...]] = {}
    for reflection in read:
        if not counts.get(reflection.id):
            continue
        kept = store.attachments(reflection.id)
        if not request.include_private:
            kept = [a for a in kept if not _of_private_answer(a, reflection, private)]
        shown = []
        for attachment in kept:
            made = None
            if attachment.is_image:
                if not request.pictures:
                    continue
                try:
                    made = for_paper(store.attachment_data(attachment.id))
                except (KeyError, JournalError):
                    made = None  # removed meanwhile, or damaged: named instead
            picture, width, height = made if made is not None else (None, 0, 0)
            shown.append(
                PrintedFile(
                    attachment.name, attachment.media_type, attachment.size, picture, width, height
                )
            )
        if shown:
            found[reflection.id] = tuple(shown)
    return found


def _read_prep(
    store: JournalStore, request: SummaryRequest, made_on: date, private: PrivateTest
) -> SummaryData:
    today = request.until
    include = request.include_private
    until = TimelineFilter(date_to=today)
    latest = _latest(store, until, PREP_RECENT + 1)
    # The preparation itself is on the agenda already, in its own words.
    latest = [r for r in latest if r.flow_id != PREPARE_FLOW_ID][:PREP_RECENT]
    recent = [without_private(r, include, private) for r in latest]
    weekly = _latest(store, TimelineFilter(flow_id=WEEKLY_FLOW_ID, date_to=today), 1)
    last_weekly = without_private(weekly[0], include, private) if weekly else None
    open_now = _shared_commitments(store, store.commitments(open_only=True), {}, include, private)
    prepared = _latest(store, TimelineFilter(flow_id=PREPARE_FLOW_ID, date_to=today), 1)
    preparation = without_private(prepared[0], include, private) if prepared else None
    agenda = default_agenda(recent, last_weekly, open_now, today, preparation)
    since = _start(today - timedelta(weeks=PREP_WEEKS))
    check_ins = store.check_ins(since)
    return SummaryData(
        request=request, made_on=made_on, prep=prep(agenda, open_now, check_ins, today)
    )
