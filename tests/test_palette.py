"""The vote palette under simulated colour-vision deficiencies.

Simulation: Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for Simulation of
Color Vision Deficiency", IEEE TVCG 15(6), severity 1.0 matrices, applied to linear sRGB. Difference:
CIEDE2000 in CIELAB (D65). Every pair of yes / no / abstain / absent / unknown must stay at least
MIN_DIFFERENCE apart for normal vision, protanopia and deuteranopia (about 2.3 is a just-noticeable
difference; 20 is plainly different at a glance, for small seats and thin bars too).
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from dashboard.app import charts

MIN_DIFFERENCE = 20.0
MACHADO = {
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    ),
}
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
WHITE = np.array([0.95047, 1.0, 1.08883])


def linear(hex_colour: str) -> np.ndarray:
    rgb = np.array([int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]) / 255
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def lab(lin: np.ndarray) -> tuple[float, float, float]:
    xyz = SRGB_TO_XYZ @ np.clip(lin, 0, 1) / WHITE
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def ciede2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p, h2p = math.degrees(math.atan2(b1, a1p)) % 360, math.degrees(math.atan2(b2, a2p)) % 360
    dh = 0.0 if c1p * c2p == 0 else (h2p - h1p + 180) % 360 - 180
    d_l, d_c, d_h = l2 - l1, c2p - c1p, 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    else:
        h_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_bar - 30))
        + 0.24 * math.cos(math.radians(2 * h_bar))
        + 0.32 * math.cos(math.radians(3 * h_bar + 6))
        - 0.20 * math.cos(math.radians(4 * h_bar - 63))
    )
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    s_c, s_h = 1 + 0.045 * cp_bar, 1 + 0.015 * cp_bar * t
    r_t = (
        -math.sin(math.radians(60 * math.exp(-(((h_bar - 275) / 25) ** 2))))
        * 2
        * math.sqrt(cp_bar**7 / (cp_bar**7 + 25**7))
    )
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h))


def seen(hex_colour: str, vision: str) -> tuple[float, float, float]:
    lin = linear(hex_colour)
    return lab(lin if vision == "normal" else MACHADO[vision] @ lin)


PALETTE = {**charts.VOTE_COLOURS, "unknown": charts.UNKNOWN_COLOUR}


def test_ciede2000_matches_published_pairs() -> None:
    """Sharma, Wu and Dalal (2005), test data pairs 1, 7 and 17."""
    assert ciede2000((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert ciede2000((50.0, 0.0, 0.0), (50.0, -1.0, 2.0)) == pytest.approx(2.3669, abs=1e-4)
    assert ciede2000((50.0, 2.5, 0.0), (73.0, 25.0, -18.0)) == pytest.approx(27.1492, abs=1e-4)


def test_machado_matrices_keep_greys_grey() -> None:
    for matrix in MACHADO.values():
        assert matrix.sum(axis=1) == pytest.approx([1, 1, 1], abs=1e-3)


@pytest.mark.parametrize("vision", ["normal", "protanopia", "deuteranopia"])
def test_every_vote_colour_stays_distinct(vision: str) -> None:
    assert set(PALETTE) == {"yes", "no", "abstain", "non_voting", "unknown"}
    for (a, ca), (b, cb) in itertools.combinations(PALETTE.items(), 2):
        difference = ciede2000(seen(ca, vision), seen(cb, vision))
        assert difference >= MIN_DIFFERENCE, f"{a} and {b} under {vision}: ΔE2000 {difference:.1f}"


def test_the_old_palette_would_have_failed() -> None:
    """The check has teeth: Okabe–Ito vermillion and orange (the earlier no and abstain) under deuteranopia."""
    assert ciede2000(seen("#D55E00", "deuteranopia"), seen("#E69F00", "deuteranopia")) < MIN_DIFFERENCE
