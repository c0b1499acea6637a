"""The time zone of a place: the IANA zone whose reference city (zone.tab) is nearest; and the
country of a zone."""

from __future__ import annotations

import math
import re
from functools import cache
from importlib import resources

_COORDINATES = re.compile(r"([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?")


@cache  # the table is the same for every call: read it once per process
def _zone_table() -> tuple[tuple[str, str, str], ...]:
    """(country code, coordinates, zone name) of each line of tzdata's zone.tab."""
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    return tuple(
        (country, where, name)
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
        for country, where, name, *_ in [line.split("\t")]
    )


@cache
def _reference_points() -> tuple[tuple[float, float, str], ...]:
    points = []
    for _, where, name in _zone_table():
        match = _COORDINATES.fullmatch(where)
        if match:
            points.append((_degrees(*match.groups()[:4]), _degrees(*match.groups()[4:]), name))
    return tuple(points)


@cache
def _countries() -> dict[str, str]:
    return {name: country for country, _, name in _zone_table()}


def country_of(zone: str) -> str | None:
    """The ISO country code zone.tab gives a zone ("America/New_York" -> "US"), if any."""
    return _countries().get(zone)


def _degrees(sign: str, whole: str, minutes: str, seconds: str | None) -> float:
    value = int(whole) + int(minutes) / 60 + int(seconds or 0) / 3600
    return -value if sign == "-" else value


def zone_near(latitude: float, longitude: float) -> str:
    """The zone of the reference city nearest to the place (great-circle distance): right
    inside a country of one zone and near most cities, a guess near a zone's border."""
    lat, lon = math.radians(latitude), math.radians(longitude)

    def distance(point: tuple[float, float, str]) -> float:
        plat, plon = math.radians(point[0]), math.radians(point[1])
        return math.acos(max(-1.0, min(1.0, math.sin(lat) * math.sin(plat)
                                       + math.cos(lat) * math.cos(plat) * math.cos(lon - plon))))

    return min(_reference_points(), key=distance)[2]
