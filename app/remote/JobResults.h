#pragma once
// app/remote/JobResults: how a fetched cluster job's results are shown next to its inputs — fusion: the comparison
// layout (LR, HR, fused output, ground truth and frame times from the manifest when the job read one); reconstruction:
// the volume in orthogonal slices; denoise: input and output in two panes side by side; anything else: its fetched
// files in panes. Plain data from the stored job (its arguments, local inputs and fetched files); reads no images.
// linkViews() ties the two panes of a side-by-side result together.
#include <QString>
#include <QStringList>

#include "app/ComparisonLoader.h"
#include "remote/JobStore.h"

namespace xrs::widgets {
class ImageView;
}

namespace xrs::app {

struct JobResults {
    enum class Layout { Nothing, Comparison, Volume, SideBySide, Panes };
    Layout layout = Layout::Nothing;
    ComparisonFiles comparison;  // Comparison
    QString volume;              // Volume
    QStringList files;           // SideBySide (input, output) / Panes
    QString title;               // the job's title (tab tool tips, log lines)
    QString note;                // why something is left out (e.g. an input that is not on this machine)
};

// The fetched files of `job` (absolute, in job.localDir).
QStringList fetchedFiles(const remote::StoredJob& job);
// The value of -o / --output (also --output=X) in a command line; empty when there is none.
QString outputArgument(const QStringList& arguments);
// The subcommand's first positional argument (the input of xrs fuse / denoise / recon); options that take a value are
// recognised by the word after them not starting with '-'.
QString inputArgument(const QStringList& arguments);

JobResults jobResults(const remote::StoredJob& job);

// Pan and zoom of `a` and `b` follow each other when their images have the same size; the frame too when they have
// the same number of frames (a denoised volume next to the volume it came from). False when nothing could be linked.
bool linkViews(widgets::ImageView* a, widgets::ImageView* b);

}  // namespace xrs::app
