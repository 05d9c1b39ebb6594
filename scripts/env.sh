# Shared environment for scripts/*: where reusable dependencies live (outside the checkout) and pinned versions.
export XRS_DEPS="${XRS_DEPS:-$HOME/.cache/xray-studio}"
export XRS_TORCH_VERSION="${XRS_TORCH_VERSION:-2.11.0}"
export XRS_VENV="${XRS_VENV:-$XRS_DEPS/torch-$XRS_TORCH_VERSION}"
export CCACHE_DIR="${CCACHE_DIR:-$XRS_DEPS/ccache}"
# ccache: paths relative to the checkout, so every clone (CI's fresh ones too) shares one cache; PCH users cached.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
export XRS_JOBS="${XRS_JOBS:-$(nproc)}"
# Reference Python for tests: Debian's, which has numpy/tifffile/h5py/skimage.
export XRS_REF_PYTHON="${XRS_REF_PYTHON:-/usr/bin/python3}"
