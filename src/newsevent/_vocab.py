"""The controlled vocabularies of the model: string-valued enums and country codes.

Enum values are what ``to_dict`` writes, so they are part of the data format:
renaming a value is a breaking change of ``schema_version``.
"""

from __future__ import annotations

import enum

__all__ = [
    "COUNTRY_CODES",
    "ActorKind",
    "EventKind",
    "EventStatus",
    "InvitationStatus",
    "OutcomeKind",
    "PlaceKind",
    "Precision",
    "StatementKind",
]


class _StrEnum(str, enum.Enum):
    """A ``str`` enum whose ``str()`` is its value (``enum.StrEnum`` needs Python 3.11)."""

    def __str__(self) -> str:
        return str(self.value)


class EventKind(_StrEnum):
    """What sort of encounter the event was."""

    MEETING = "meeting"
    SUMMIT = "summit"
    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    VISIT = "visit"
    PRESS_CONFERENCE = "press_conference"
    NEGOTIATION = "negotiation"
    CONFERENCE = "conference"
    OTHER = "other"


class EventStatus(_StrEnum):
    """Whether the event took place, as the article reports it."""

    HELD = "held"
    SCHEDULED = "scheduled"
    PROPOSED = "proposed"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class ActorKind(_StrEnum):
    """What a participant is: a person, an organisation, or a country acting as one."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"


class StatementKind(_StrEnum):
    """``direct``: the words as quoted; ``reported``: speech reported in the writer's words."""

    DIRECT = "direct"
    REPORTED = "reported"


class OutcomeKind(_StrEnum):
    """What an event produced, in the meanings of ``corpus/GOLD-FORMAT.md``.

    agreement
        the parties agreed, signed or decided something together;
    no_agreement
        explicitly no deal or no consensus;
    progress
        talks called positive or productive, progress without a final deal;
    open_issue
        explicitly left open, unresolved, or to be discussed later;
    proposal
        one side proposed or offered something;
    commitment
        one side pledged to do something;
    discussion
        a topic was discussed, with no result stated.
    """

    AGREEMENT = "agreement"
    NO_AGREEMENT = "no_agreement"
    PROGRESS = "progress"
    OPEN_ISSUE = "open_issue"
    PROPOSAL = "proposal"
    COMMITMENT = "commitment"
    DISCUSSION = "discussion"


class InvitationStatus(_StrEnum):
    """Where an invitation stands, set by the response the article reports."""

    EXTENDED = "extended"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CONSIDERING = "considering"


class Precision(_StrEnum):
    """How much of a ``TimeSpan.start`` the text actually fixes."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"


class PlaceKind(_StrEnum):
    """The scale of a place, from a building to a country."""

    VENUE = "venue"
    CITY = "city"
    REGION = "region"
    COUNTRY = "country"


# ISO 3166-1 alpha-2: the 249 officially assigned codes, plus XK (Kosovo), a
# user-assigned code that the European Commission, SWIFT and most news
# agencies use and that political reporting cannot do without.
COUNTRY_CODES: frozenset[str] = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ
    BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR
    CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
    GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU
    ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ
    LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
    PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
    SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR
    TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
    XK
    """.split()
)
