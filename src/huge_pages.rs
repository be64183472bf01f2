//! The allocator carnet's binary uses: the system's, with large blocks
//! asked to live in huge pages.
//!
//! A listing of 100,000 customers by value reads their figures in an order
//! unrelated to where they sit; with ordinary 4 KB pages most of those reads
//! also miss the processor's table of pages (dearer still in a virtual
//! machine), and every 4 KB touched the first time is a page fault. Linux
//! backs a block with 2 MB pages when told it is worth it
//! (`madvise(MADV_HUGEPAGE)`, honoured when transparent huge pages are in
//! `madvise` or `always` mode); only blocks of several megabytes are told, so
//! small allocations and the memory a small shop's commands use do not grow.

use std::alloc::{GlobalAlloc, Layout, System};

/// Blocks at least this large are advised (a 2 MB page wastes at most one
/// page's worth at each end of the block, so the cost stays small).
const LARGE: usize = 4 << 20;

/// The system allocator, advising huge pages for large blocks.
pub struct LargeInHugePages;

// SAFETY: every call is forwarded to `System` unchanged; the advice only
// changes how the kernel backs pages already owned by the block.
unsafe impl GlobalAlloc for LargeInHugePages {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let p = unsafe { System.alloc(layout) };
        advise(p, layout.size());
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let p = unsafe { System.alloc_zeroed(layout) };
        advise(p, layout.size());
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract, passed on.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        advise(p, new_size);
        p
    }
}

/// Advise the whole 2 MB pages inside a large block (nothing for a small one).
fn advise(p: *mut u8, len: usize) {
    #[cfg(target_os = "linux")]
    if !p.is_null() && len >= LARGE {
        const HUGE: usize = 2 << 20;
        let start = (p as usize).next_multiple_of(HUGE);
        let end = (p as usize + len) / HUGE * HUGE;
        if end > start {
            // SAFETY: [start, end) lies inside the block just allocated,
            // which this allocation owns; the advice reads and writes nothing.
            // Its result is ignored: without huge pages the block is as before.
            unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE) };
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (p, len);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every size come back usable, zeroed when asked, and keep
    /// their contents when they grow past the advised size.
    #[test]
    fn blocks_work_as_the_system_ones_do() {
        let a = LargeInHugePages;
        for size in [1, 4096, LARGE - 1, LARGE, LARGE + 12345] {
            let layout = Layout::from_size_align(size, 8).unwrap();
            // SAFETY: non-zero sizes, freed with the layout they were made with.
            unsafe {
                let z = a.alloc_zeroed(layout);
                assert!(!z.is_null());
                assert!(std::slice::from_raw_parts(z, size).iter().all(|&b| b == 0));
                a.dealloc(z, layout);
                let p = a.alloc(layout);
                assert!(!p.is_null());
                std::ptr::write_bytes(p, 7, size);
                let q = a.realloc(p, layout, 2 * LARGE);
                assert!(!q.is_null());
                assert!(std::slice::from_raw_parts(q, size).iter().all(|&b| b == 7));
                a.dealloc(q, Layout::from_size_align(2 * LARGE, 8).unwrap());
            }
        }
    }
}
