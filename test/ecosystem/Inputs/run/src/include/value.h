inline int value() { return 1; }
