"""The words of `coachdesk demo --years`: what a salesperson writes, in English and Dutch.

A handful of sentences each, combined at random: enough for search to find many and few
matches ("klant", "café", "zzz" none), with diacritics, and commitments that sound like
commitments. Most carry no day in their words, as most commitments people write.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrases:
    """Sentences of one language, by what they are for."""

    sentences: tuple[str, ...]  # free answers are made of these
    commitments: tuple[str, ...]
    lessons: tuple[str, ...]
    outcomes: tuple[str, ...]  # what happened, when a commitment is closed
    answers: tuple[str, ...]  # to a lesson that came back
    notes: tuple[str, ...]  # beside a check-in
    customers: tuple[str, ...]
    tags: tuple[str, ...]


_NAMES = (
    "Brouwer",
    "Dekker",
    "Visser",
    "Smit",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Jansen",
)


def _customers(kinds: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{name} {kind}" for name in _NAMES for kind in kinds)


ENGLISH = Phrases(
    sentences=(
        "The buyer went quiet after the price slide",
        "I asked who else signs off and the room changed",
        "We had a good call about their planning problem",
        "Next time I will ask about the deadline in the first meeting",
        "The customer story of the installer helped a lot",
        "I felt the target in the back of my head all weekend",
        "Their operations manager wants fewer phone calls on Monday morning",
        "The proposal was too long and nobody read page four",
        "She said the real problem is the handover between shifts",
        "I listened more than I talked and it worked",
    ),
    commitments=(
        "Ask who else signs off before I send the proposal",
        "Call Brouwer back about the pilot",
        "Send Dekker the customer story of the installer",
        "Write the one-page summary for the operations manager",
        "Ask about their deadline in the first meeting",
        "Listen for the real problem before I show the demo",
        "Block an hour to prepare the coaching session",
        "Follow up on the renewal with Visser",
        "Ask for an introduction to the financial director",
        "Leave the target dashboard closed at the weekend",
    ),
    lessons=(
        "Ask who decides before talking about price",
        "A short proposal gets read; a long one gets forwarded",
        "Silence after the price is not a no: wait",
        "The champion needs a story to tell upstairs",
        "When I feel the target, I talk too much",
        "Find out in the first meeting what happens if they do nothing",
    ),
    outcomes=(
        "Done, and it helped",
        "Done, later than planned",
        "They had already decided",
        "Not needed any more",
        "Did it; the answer surprised me",
    ),
    answers=(
        "Yes, I did it twice this month",
        "I forgot it in the Visser call",
        "Still hard under pressure",
        "It has become a habit",
    ),
    notes=(
        "Quarter end",
        "Good week, two new meetings",
        "Slept badly, the target again",
        "Holiday next week",
        "Long drive, many calls",
    ),
    customers=_customers(("Logistics", "Installations", "Engineering", "Transport")),
    tags=("pricing", "discovery", "champion", "deadline", "weekend", "stress", "story"),
)

DUTCH = Phrases(
    sentences=(
        "De inkoper werd stil na de prijs",
        "Ik vroeg wie er nog meer beslist en de sfeer veranderde",
        "Een goed gesprek over hun planningsprobleem",
        "Volgende keer vraag ik in het eerste gesprek naar de deadline",
        "Het klantverhaal van de installateur hielp enorm",
        "Ik voelde het target het hele weekend in mijn achterhoofd",
        "Hun operationeel manager wil minder telefoontjes op maandagochtend",
        "Café-overleg met één klant, ze was enthousiast over de koppeling",
        "Zij zei dat het echte probleem de overdracht tussen diensten is",
        "Ik luisterde meer dan ik praatte en dat werkte",
    ),
    commitments=(
        "Vragen wie er nog meer tekent voordat ik de offerte stuur",
        "Brouwer terugbellen over de pilot",
        "Dekker het klantverhaal van de installateur sturen",
        "Een samenvatting van één pagina maken voor de operationeel manager",
        "In het eerste gesprek naar hun deadline vragen",
        "Eerst luisteren naar het echte probleem, dan pas de demo",
        "Een uur blokken om de coachingssessie voor te bereiden",
        "De verlenging met Visser opvolgen",
        "Vragen om een introductie bij de financieel directeur",
        "In het weekend het targetdashboard dicht laten",
    ),
    lessons=(
        "Eerst vragen wie beslist, dan pas over de prijs praten",
        "Een korte offerte wordt gelezen, een lange doorgestuurd",
        "Stilte na de prijs is geen nee: wachten",
        "Mijn ambassadeur heeft een verhaal nodig voor zijn directie",
        "Als ik het target voel, praat ik te veel",
        "In het eerste gesprek uitzoeken wat er gebeurt als ze niets doen",
    ),
    outcomes=(
        "Gedaan, en het hielp",
        "Gedaan, later dan gepland",
        "Ze hadden al besloten",
        "Niet meer nodig",
        "Gedaan; het antwoord verraste me",
    ),
    answers=(
        "Ja, deze maand twee keer gedaan",
        "Vergeten in het gesprek met Visser",
        "Onder druk nog steeds lastig",
        "Het is een gewoonte geworden",
    ),
    notes=(
        "Kwartaaleinde",
        "Goede week, twee nieuwe afspraken",
        "Slecht geslapen, weer het target",
        "Volgende week vakantie",
        "Lange rit, veel telefoontjes",
    ),
    customers=_customers(("Logistiek", "Installatie", "Techniek", "Transport")),
    tags=("prijs", "behoefte", "ambassadeur", "deadline", "weekend", "stress", "verhaal"),
)

PHRASES = {"en": ENGLISH, "nl": DUTCH}
