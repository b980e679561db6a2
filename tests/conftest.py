"""Hypothesis profiles, chosen by the environment.

``NEWSEVENT_HYPOTHESIS_PROFILE`` names the profile: ``ci`` (thorough and
reproducible), ``dev`` (the default on a developer's machine) or ``fast``
(a quick look). When it is unset, ``CI`` being set selects ``ci``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    # Reproducible: a failure in CI fails the same way on the next run and
    # locally; the blob printed with it replays the example exactly.
    derandomize=True,
    max_examples=1000,
    # CI machines are shared and their timing varies; slowness is measured
    # by the benchmarks, not by failing a property test.
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100)
settings.register_profile("fast", max_examples=20)

settings.load_profile(os.environ.get("NEWSEVENT_HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))
