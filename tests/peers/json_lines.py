"""The request loop both Python interop peers share: one JSON request per
line on stdin, one JSON answer per line on stdout, {"ok": ...} or
{"error": "..."}. The peer's own handle(request) does the work."""
import json
import sys


def serve(handle):
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = {"ok": handle(json.loads(line))}
        except Exception as e:  # the caller decides what a failure means
            answer = {"error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
