"""The referral sheet: the facilitator's directory of support services for the venue.

Public information, kept apart from session notes: never projected, never exported with notes.
What a session records is only that a referral was offered, and of which kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from enum import StrEnum

from facilitator.aids.places import country_code, find_town, normalise
from facilitator.sessions.errors import StoreProblem
from facilitator.sessions.store import Store, StoreError

STALE_AFTER = timedelta(days=90)


class ServiceKind(StrEnum):
    CRISIS_HELPLINE = "crisis-helpline"
    PSYCHOLOGICAL = "psychological-help"
    MEDICAL = "medical"
    LEGAL_AID = "legal-aid"
    POLICE = "police"
    SHELTER = "shelter"
    PERPETRATOR_PROGRAMME = "programme-for-men"


KIND_TITLES = {
    ServiceKind.CRISIS_HELPLINE: "Crisis helpline",
    ServiceKind.PSYCHOLOGICAL: "Psychological help",
    ServiceKind.MEDICAL: "Medical",
    ServiceKind.LEGAL_AID: "Legal aid",
    ServiceKind.POLICE: "Police",
    ServiceKind.SHELTER: "Shelter",
    ServiceKind.PERPETRATOR_PROGRAMME: "Programme for men who use violence",
}


class Verification(StrEnum):
    """Whether an entry can be relied on: checked by the facilitator, and how long ago."""

    NOT_VERIFIED = "not-verified"
    OUT_OF_DATE = "out-of-date"
    """Verified more than 90 days ago."""
    VERIFIED = "verified"


@dataclass(frozen=True)
class Venue:
    """Where the workshop is: the town as typed and its country (from the town list, else as chosen)."""

    town: str = ""
    country: str = ""
    known: bool = False
    """The town is in the town list (so its country is certain)."""

    @classmethod
    def of(cls, town: str, country: str = "") -> Venue:
        found = find_town(town)
        if found is not None:
            return cls(town.strip(), found.country, True)
        return cls(town.strip(), country_code(country) or "", False)


@dataclass(frozen=True)
class Service:
    name: str
    kind: ServiceKind
    phone: str = ""
    hours: str = ""
    languages: str = ""
    cost: str = ""
    region: str = ""
    """Its town or region; empty for a service of the whole ``country``."""
    notes: str = ""
    """The facilitator's own notes: never printed."""
    last_verified: date | None = None
    country: str = ""
    """ISO 3166-1 alpha-2 (KZ, KG, UZ, TJ, ...); empty when not known."""
    description: str = ""
    """What it offers, for participants: printed on the handout."""
    seed: str = ""
    """The key of a built-in entry (content/referrals/seed.yaml); empty for the organisation's own."""
    id: int | None = None

    @property
    def national(self) -> bool:
        return bool(self.country) and not self.region.strip()

    @property
    def where(self) -> str:
        """Its country: as given, else the country of its town when the town list knows it."""
        own_town = find_town(self.region)
        return self.country.upper() or (own_town.country if own_town else "")

    def state(self, today: date) -> Verification:
        if self.last_verified is None:
            return Verification.NOT_VERIFIED
        if today - self.last_verified > STALE_AFTER:
            return Verification.OUT_OF_DATE
        return Verification.VERIFIED

    def verification(self, today: date) -> str | None:
        """A warning when the entry is unverified or older than 90 days, else None."""
        state = self.state(today)
        if state is Verification.NOT_VERIFIED:
            return "not verified: check before use"
        if state is Verification.OUT_OF_DATE and self.last_verified is not None:
            return f"last verified {self.last_verified.isoformat()}: more than 90 days ago"
        return None

    def serves(self, venue: Venue | str) -> bool:
        """True when this service is for ``venue``: a national one for a venue in its own country
        only, a local one for its own town (in any spelling the town list knows), never across a
        border. A venue with no town: every service of its country."""
        venue = venue if isinstance(venue, Venue) else Venue.of(venue)
        own_town = find_town(self.region)
        own_country = self.where
        if own_country and venue.country and own_country != venue.country:
            return False
        if not venue.town:
            return bool(venue.country) and own_country == venue.country
        if self.national:
            return own_country == venue.country
        wanted, own = normalise(venue.town), normalise(self.region)
        if not wanted or not own:
            return False
        town = find_town(venue.town)
        return wanted in own or (town is not None and own_town == town)


CSV_COLUMNS = tuple(f.name for f in fields(Service) if f.name not in {"id", "seed"})
COLUMNS = (*CSV_COLUMNS, "seed")


def identity(service: Service) -> tuple[str, ServiceKind, str, str]:
    """What makes two entries the same service: name, kind, country and region, letter case and
    spaces aside."""
    return (
        " ".join(service.name.split()).casefold(),
        service.kind,
        service.where,
        " ".join(service.region.split()).casefold(),
    )


SHIPPED = tuple(name for name in CSV_COLUMNS if name != "last_verified")
"""What a built-in service ships with, and an import never changes (its verification date aside)."""


@dataclass(frozen=True)
class Clash:
    """An imported service that would change a built-in one: its place among those imported, the
    first of its fields that differs, and the built-in service's name."""

    index: int
    field: str
    built_in: str


class BuiltInChanged(Exception):
    """An import would change built-in services (``clashes``): nothing was imported."""

    def __init__(self, clashes: list[Clash]) -> None:
        self.clashes = clashes
        super().__init__(f"{len(clashes)} imported services would change built-in ones")


def clash(imported: Service, built_in: Service) -> str | None:
    """The first field in which ``imported`` would change ``built_in`` (None: it would not). An
    empty field says nothing (a sheet without the column, or the cell left blank)."""
    return next(
        (name for name in SHIPPED if getattr(imported, name) not in ("", getattr(built_in, name))), None
    )


@dataclass(frozen=True)
class Merged:
    """What an import did."""

    added: int
    updated: int
    unchanged: int

    def __str__(self) -> str:
        return f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged"


class Directory:
    """Services kept in the store's database (plain: it is public information)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def services(self) -> list[Service]:
        rows = self._store.query(f"SELECT id, {', '.join(COLUMNS)} FROM services ORDER BY region, kind, name")
        return [_service(row) for row in rows]

    def for_region(self, region: str, country: str = "") -> list[Service]:
        """The services for a venue in ``region`` (its country from the town list, else ``country``)."""
        venue = Venue.of(region, country)
        return [service for service in self.services() if service.serves(venue)]

    def save(self, service: Service) -> Service:
        values = [_column(service, name) for name in COLUMNS]
        if service.id is None:
            placeholders = ", ".join("?" for _ in COLUMNS)
            new_id = self._store.execute(
                "the service", f"INSERT INTO services ({', '.join(COLUMNS)}) VALUES ({placeholders})", values
            )
            return replace(service, id=new_id)
        assignments = ", ".join(f"{name} = ?" for name in COLUMNS)
        self._store.execute(
            "the service", f"UPDATE services SET {assignments} WHERE id = ?", [*values, service.id]
        )
        return service

    def delete(self, service_id: int) -> bool:
        """Delete one of the organisation's own services; False, and nothing deleted, for a built-in
        one (the database's migration adds it once: deleted, it would be gone for good)."""
        if self._store.query("SELECT 1 FROM services WHERE id = ? AND seed != ''", (service_id,)):
            return False
        self._store.execute("the deletion", "DELETE FROM services WHERE id = ? AND seed = ''", (service_id,))
        return True

    def merge(self, services: Iterable[Service]) -> Merged:
        """Add or update ``services`` in one transaction (all or none); importing twice adds nothing.

        A service is the same one when its name, kind, country and region are (letter case aside):
        it is updated in place, never duplicated. A built-in entry stays as shipped: an imported one
        that would change it raises ``BuiltInChanged`` (nothing imported); only a later date it
        was verified on is taken.
        """
        added = updated = unchanged = 0
        clashes: list[Clash] = []
        with self._store.batch("the imported services"):
            # read inside the write transaction: two imports at once (the app and the command line)
            # would otherwise both find a service missing and both add it
            known = {identity(service): service for service in self.services()}
            for index, imported in enumerate(services):
                existing = known.get(identity(imported))
                service = replace(imported, seed=existing.seed) if existing else imported
                if existing is not None and existing.seed:
                    field = clash(imported, existing)
                    if field is not None:
                        clashes.append(Clash(index, field, existing.name))
                        continue
                    later = max(
                        (d for d in (imported.last_verified, existing.last_verified) if d), default=None
                    )
                    service = replace(existing, last_verified=later)
                if existing is None:
                    known[identity(service)] = self.save(replace(service, id=None))
                    added += 1
                elif replace(service, id=existing.id) == existing:
                    unchanged += 1
                else:
                    known[identity(service)] = self.save(replace(service, id=existing.id))
                    updated += 1
            if clashes:
                raise BuiltInChanged(clashes)  # rolls the batch back: all rows or none
        return Merged(added, updated, unchanged)

    def regions(self) -> list[str]:
        return sorted({s.region for s in self.services() if s.region})


class Problem(StrEnum):
    UNKNOWN_TOWN = "unknown-town"
    NO_COUNTRY = "no-country"
    NO_LOCAL = "no-local"
    NOT_VERIFIED = "not-verified"
    OUT_OF_DATE = "out-of-date"


@dataclass(frozen=True)
class Check:
    """One pre-session problem with the sheet; ``str`` is the English message (the UI translates
    by ``problem``)."""

    problem: Problem
    town: str = ""
    service: str = ""
    verified: date | None = None

    def __str__(self) -> str:
        place = self.town or "the venue"
        return {
            Problem.UNKNOWN_TOWN: f'"{self.town}" is not in the town list: check its spelling, or choose '
            "the country to see national services.",
            Problem.NO_COUNTRY: "Country unknown: national services are not shown.",
            Problem.NO_LOCAL: f"No local service for {place}: add the nearest ones.",
            Problem.NOT_VERIFIED: f"{self.service}: not verified: check before use",
            Problem.OUT_OF_DATE: f"{self.service}: last verified "
            f"{self.verified.isoformat() if self.verified else ''}: more than 90 days ago",
        }[self.problem]


def check_for_town(services: Iterable[Service], town: str, today: date, country: str = "") -> list[Check]:
    """Pre-session problems with the sheet for ``town``: a town not in the list, no local service,
    unverified or out-of-date entries."""
    venue = Venue.of(town, country)
    relevant = [s for s in services if s.serves(venue)]
    problems = []
    if venue.town and not venue.known:
        problems.append(Check(Problem.UNKNOWN_TOWN, venue.town))
        if not venue.country:
            problems.append(Check(Problem.NO_COUNTRY, venue.town))
    if not [s for s in relevant if not s.national]:
        problems.append(Check(Problem.NO_LOCAL, venue.town))
    for service in relevant:
        state = service.state(today)
        if state is not Verification.VERIFIED:
            problems.append(Check(Problem(state.value), venue.town, service.name, service.last_verified))
    return problems


def _column(service: Service, name: str) -> object:
    value = getattr(service, name)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value


def _service(row: tuple[object, ...]) -> Service:
    values = dict(zip(("id", *COLUMNS), row, strict=True))
    try:
        kind = ServiceKind(str(values["kind"]))
        verified = values["last_verified"]
        return Service(
            **{
                key: str(value or "")
                for key, value in values.items()
                if key not in {"id", "kind", "last_verified"}
            },
            kind=kind,
            last_verified=date.fromisoformat(str(verified)) if verified else None,
            id=int(values["id"]),  # type: ignore[call-overload]
        )
    except ValueError as exc:
        raise StoreError(f"a service in the directory is damaged ({exc})", StoreProblem.DAMAGED) from None
