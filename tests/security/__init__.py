"""The server attacked as issue 13 tried it: each test is one attack, which must fail."""
