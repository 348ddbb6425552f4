// The libFuzzer entry point of one fuzzer; COALITION_FUZZ_TARGET names the function of
// FuzzTargets it feeds (tests/fuzz/CMakeLists.txt).
#include "tests/fuzz/FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzTargets::COALITION_FUZZ_TARGET(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
