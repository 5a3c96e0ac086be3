int get(int);
int get(long);
inline int first = get(1u);
