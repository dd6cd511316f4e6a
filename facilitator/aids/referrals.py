"""The referral sheet: the facilitator's directory of support services for the venue.

Public information, kept apart from session notes: never projected, never exported with notes.
What a session records is only that a referral was offered, and of which kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from enum import StrEnum

from facilitator.sessions.store import Store, StoreError

STALE_AFTER = timedelta(days=90)
NATIONAL = "national"


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


@dataclass(frozen=True)
class Service:
    name: str
    kind: ServiceKind
    phone: str = ""
    hours: str = ""
    languages: str = ""
    cost: str = ""
    region: str = ""
    notes: str = ""
    last_verified: date | None = None
    id: int | None = None

    def verification(self, today: date) -> str | None:
        """A warning when the entry is unverified or older than 90 days, else None."""
        if self.last_verified is None:
            return "not verified: check before use"
        if today - self.last_verified > STALE_AFTER:
            return f"last verified {self.last_verified.isoformat()}: more than 90 days ago"
        return None

    def serves(self, region: str) -> bool:
        """True for services in ``region`` and national ones."""
        own = self.region.casefold()
        return NATIONAL in own or (bool(region) and region.casefold() in own)


COLUMNS = tuple(f.name for f in fields(Service) if f.name != "id")


def identity(service: Service) -> tuple[str, ServiceKind, str]:
    """What makes two entries the same service: name, kind and region, letter case and spaces aside."""
    return (
        " ".join(service.name.split()).casefold(),
        service.kind,
        " ".join(service.region.split()).casefold(),
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

    def for_region(self, region: str) -> list[Service]:
        return [service for service in self.services() if service.serves(region)]

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

    def delete(self, service_id: int) -> None:
        self._store.execute("the deletion", "DELETE FROM services WHERE id = ?", (service_id,))

    def merge(self, services: Iterable[Service]) -> Merged:
        """Add or update ``services`` in one transaction (all or none); importing twice adds nothing.

        A service is the same one when its name, kind and region are (letter case aside): it is
        updated in place, never duplicated.
        """
        known = {identity(service): service for service in self.services()}
        added = updated = unchanged = 0
        with self._store.batch("the imported services"):
            for service in services:
                existing = known.get(identity(service))
                if existing is None:
                    known[identity(service)] = self.save(replace(service, id=None))
                    added += 1
                elif replace(service, id=existing.id) == existing:
                    unchanged += 1
                else:
                    known[identity(service)] = self.save(replace(service, id=existing.id))
                    updated += 1
        return Merged(added, updated, unchanged)

    def regions(self) -> list[str]:
        return sorted({s.region for s in self.services() if s.region})


def check_for_town(services: Iterable[Service], town: str, today: date) -> list[str]:
    """Pre-session problems with the sheet for ``town``: missing kinds, unverified entries."""
    relevant = [s for s in services if s.serves(town)]
    problems = []
    local = [s for s in relevant if NATIONAL not in s.region.casefold()]
    if not local:
        problems.append(f"No local service for {town or 'the venue'}: add the nearest ones.")
    for service in relevant:
        warning = service.verification(today)
        if warning:
            problems.append(f"{service.name}: {warning}")
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
                key: str(value) for key, value in values.items() if key not in {"id", "kind", "last_verified"}
            },
            kind=kind,
            last_verified=date.fromisoformat(str(verified)) if verified else None,
            id=int(values["id"]),  # type: ignore[call-overload]
        )
    except ValueError as exc:
        raise StoreError(f"a service in the directory is damaged ({exc})") from None
