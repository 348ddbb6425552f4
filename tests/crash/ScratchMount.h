#pragma once

#include <QString>

// A small tmpfs mounted on a folder for one test: a disk that fills up after a few
// kilobytes, or turns read-only on demand. The test process first moves into a mount
// namespace of its own (as root, or as a user through a user namespace), so the mount
// is invisible to the rest of the machine and goes away with the process even if the
// test dies. Processes the test starts see it.
class ScratchMount
{
public:
    ScratchMount(QString folder, qint64 bytes);
    ~ScratchMount();
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    void makeReadOnly();
    QString folder() const { return m_folder; }

private:
    QString m_folder;
};
