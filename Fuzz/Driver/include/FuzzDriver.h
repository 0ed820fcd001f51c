// libFuzzer's driver, called from each target's main (SwiftPM gives every executable its own
// main, so libFuzzer's main cannot be used).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

// libFuzzer's own mutations, for a custom mutator that also wants them (fuzz-check).
size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);
