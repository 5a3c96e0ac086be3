#include "value.h"
int main() {
  int answer = value();
  return answer;
}
