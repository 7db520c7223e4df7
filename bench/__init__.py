"""`make bench`: speed and memory of openrouter_ext measured against its peers, as ratios taken in one run.

Peers: the official `openrouter` SDK, the `openai` SDK pointed at the same base URL (chat streaming only), and raw
httpx + json as the floor. All traffic goes to the emulator (`openrouter_ext.testing`) on 127.0.0.1, run in a process
of its own so that its CPU time never lands in a client's figure. Every measurement runs in a fresh worker process
(`bench/_worker.py`); the orchestrator (`python -m bench`) interleaves subjects round by round so that background
noise spreads over all of them, and reports medians.
"""
