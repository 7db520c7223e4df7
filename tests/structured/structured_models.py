"""Types used across the structured-output tests, one of each kind."""

from __future__ import annotations

import dataclasses
import datetime
import enum
from typing import Annotated, Literal, TypedDict

import attrs
import pydantic
from typing_extensions import NotRequired


class Unit(enum.Enum):
    CELSIUS = "c"
    FAHRENHEIT = "f"


@dataclasses.dataclass
class Weather:
    """The weather in one city."""

    city: str
    temperature: float
    unit: Unit = Unit.CELSIUS
    note: str | None = None
    tags: list[str] = dataclasses.field(default_factory=list, metadata={"description": "free-form labels"})


class WeatherDict(TypedDict):
    city: str
    temperature: float
    note: NotRequired[str]


@attrs.define
class WeatherAttrs:
    city: str
    temperature: float
    readings: list[int] = attrs.field(factory=list)


class Point(pydantic.BaseModel):
    x: int
    y: int


class Route(pydantic.BaseModel):
    """A route through some points."""

    name: str
    points: list[Point]
    kind: Literal["walk", "drive"] = "walk"
    limit: int = 10
    comment: str | None = None


@dataclasses.dataclass
class Address:
    street: str
    city: str


@dataclasses.dataclass
class Person:
    name: Annotated[str, "the full name"]
    born: datetime.date
    address: Address
    friends: list[Person] = dataclasses.field(default_factory=list)
