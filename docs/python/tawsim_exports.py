"""Read Tawsim's exports with Python's standard library alone, no fix-up step.

Each reader returns plain lists and dicts, and every span as Python slices it:
with code point offsets (the default unit of every export), ``text[start:end]``
is the span. Copy the reader you need into a notebook, or run this file to see
what it reads:

    python3 tawsim_exports.py tawsim export.jsonl
    python3 tawsim_exports.py doccano export.jsonl
    python3 tawsim_exports.py labelstudio export.json
    python3 tawsim_exports.py conll export.conll
    python3 tawsim_exports.py hf data.jsonl data.labels.json
    python3 tawsim_exports.py brat DIRECTORY
    python3 tawsim_exports.py stance export.jsonl

It prints one JSON object (ASCII, every other character escaped). Tawsim's unit
tests run it on texts full of emoji, tashkeel, joiners and bidi controls, and
check that Python's slices are the spans the app showed.
"""

import json
import os
import sys


def read_jsonl(path):
    """One JSON value per line; iterating a text file splits on line ends only."""
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def read_tawsim_jsonl(path):
    """Tawsim JSONL: one document and annotator per line, each span with its surface text."""
    documents = []
    for record in read_jsonl(path):
        if record["offset_unit"] != "codepoint":
            raise ValueError(f"{record['id']}: offsets in {record['offset_unit']}, not code points")
        text = record["text"]
        documents.append({
            "id": record["id"],
            "annotator": record["annotator"],
            "entities": [[e["start"], e["end"], e["label"], text[e["start"]:e["end"]], e["text"]] for e in record["entities"]],
            "triggers": [
                [v["trigger"]["start"], v["trigger"]["end"], v["type"], text[v["trigger"]["start"]:v["trigger"]["end"]], v["trigger"]["text"]]
                for v in record["events"] if v["trigger"] is not None
            ],
            "stance": [[s["target"], s["target_entity"], s["label"]] for s in record["stance"]],
        })
    return documents


def read_doccano_jsonl(path):
    """doccano JSONL, either shape: "label": [[start, end, label]] or "entities": [{start_offset, ...}]."""
    documents = []
    for record in read_jsonl(path):
        if record.get("offset_unit", "codepoint") != "codepoint":
            raise ValueError(f"{record['id']}: offsets in {record['offset_unit']}, not code points")
        text = record["text"]
        if "label" in record:
            spans = [(start, end, label) for start, end, label in record["label"]]
        else:
            spans = [(e["start_offset"], e["end_offset"], e["label"]) for e in record["entities"]]
        documents.append({"id": record["id"], "entities": [[s, e, label, text[s:e]] for s, e, label in spans]})
    return documents


def read_label_studio_json(path):
    """Label Studio JSON tasks: one task per document, one annotation per annotator."""
    with open(path, encoding="utf-8") as file:
        tasks = json.load(file)
    documents = []
    for task in tasks:
        if task["data"].get("offset_unit", "codepoint") != "codepoint":
            raise ValueError(f"{task['data']['id']}: offsets in {task['data']['offset_unit']}, not code points")
        text = task["data"]["text"]
        for annotation in task["annotations"]:
            spans = [r["value"] for r in annotation["result"] if r["type"] == "labels"]
            documents.append({
                "id": task["data"]["id"],
                "annotator": annotation["annotator"],
                "entities": [[v["start"], v["end"], v["labels"][0], text[v["start"]:v["end"]], v["text"]] for v in spans],
            })
    return documents


def read_conll(path):
    """CoNLL / BIO: a token and its tags per line, split as most scripts do, on whitespace."""
    documents = []
    sentence = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            columns = line.split()
            if not columns:
                if sentence:
                    documents.append(sentence)
                sentence = []
                continue
            sentence.append(columns)
    if sentence:
        documents.append(sentence)
    return [{"tokens": [c[0] for c in s], "tags": [c[1:] for c in s]} for s in documents]


def bio_spans(tags):
    """(label, first token, end token) of each B-/I- run."""
    spans = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-") or (tag.startswith("I-") and (not spans or spans[-1][2] != i or spans[-1][0] != tag[2:])):
            spans.append([tag[2:], i, i + 1])
        elif tag.startswith("I-"):
            spans[-1][2] = i + 1
    return spans


def read_hugging_face_tokens(path, labels_path):
    """Hugging Face token classification: integer tags, their names in the labels file."""
    with open(labels_path, encoding="utf-8") as file:
        names = json.load(file)
    documents = []
    for record in read_jsonl(path):
        if len(record["tokens"]) != len(record["ner_tags"]):
            raise ValueError(f"{record['id']}: {len(record['tokens'])} tokens, {len(record['ner_tags'])} tags")
        tags = [names[t] for t in record["ner_tags"]]
        documents.append({
            "id": record["id"],
            "tokens": record["tokens"],
            "entities": [[label, " ".join(record["tokens"][a:b])] for label, a, b in bio_spans(tags)],
        })
    return documents


def read_brat(directory):
    """brat standoff: ID.txt and ID.ann in a folder per annotator. T lines: id, "LABEL start end[;start end]", surface."""
    documents = []
    for root, _, files in sorted(os.walk(directory)):
        for name in sorted(files):
            if not name.endswith(".ann"):
                continue
            stem = os.path.join(root, name[:-4])
            # newline="" keeps the text exactly as written: offsets count every character.
            with open(stem + ".txt", encoding="utf-8", newline="") as file:
                text = file.read()
            entities = []
            with open(stem + ".ann", encoding="utf-8", newline="") as file:
                for line in file.read().split("\n"):
                    if not line.startswith("T"):
                        continue
                    _, kind, surface = line.split("\t", 2)
                    label, offsets = kind.split(" ", 1)
                    # A span across lines is one fragment per line; its surface joins them with a space.
                    fragments = [[int(n) for n in fragment.split(" ")] for fragment in offsets.split(";")]
                    sliced = " ".join(text[a:b] for a, b in fragments)
                    entities.append([fragments[0][0], fragments[-1][1], label, sliced, surface])
            documents.append({"id": os.path.relpath(stem, directory).replace(os.sep, "/"), "entities": entities})
    return documents


def read_stance_jsonl(path):
    return [[r["text"], r["target"], r["label"]] for r in read_jsonl(path)]


READERS = {
    "tawsim": read_tawsim_jsonl,
    "doccano": read_doccano_jsonl,
    "labelstudio": read_label_studio_json,
    "conll": read_conll,
    "hf": read_hugging_face_tokens,
    "brat": read_brat,
    "stance": read_stance_jsonl,
}

if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in READERS:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(READERS)} PATH [LABELS]")
    json.dump(READERS[sys.argv[1]](*sys.argv[2:]), sys.stdout, ensure_ascii=True)
