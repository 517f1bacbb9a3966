/*
 * mm/gup.c - hand-written example for gupcheck.
 *
 * This is NOT kernel source. It is a small invented miniature of mm/gup.c
 * as it looks in a 5.4.y stable tree after the 2020 forced-COW backport:
 * the functions carry their real names and call each other the way the
 * real ones do, but every body here was written for gupcheck's examples.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/spinlock.h>
#include <linux/mm.h>
#include <linux/memremap.h>
#include <linux/pagemap.h>
#include <linux/sched/signal.h>
#include <linux/hugetlb.h>
#include <linux/huge_mm.h>

#include <asm/pgtable.h>

#include "internal.h"

struct follow_page_context {
	struct dev_pagemap *pgmap;
	unsigned int page_mask;
};

static struct page *no_page_table(struct vm_area_struct *vma,
				  unsigned int flags)
{
	/* A dump of an unpopulated anonymous range reads as zeroes. */
	if ((flags & FOLL_DUMP) && (!vma->vm_ops || !vma->vm_ops->fault))
		return ERR_PTR(-EFAULT);
	return NULL;
}

static struct page *follow_page_pte(struct vm_area_struct *vma,
		unsigned long address, pmd_t *pmd, unsigned int flags,
		struct dev_pagemap **pgmap)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page *page;
	spinlock_t *ptl;
	pte_t *ptep, pte;

	if (unlikely(pmd_bad(*pmd)))
		return no_page_table(vma, flags);

	ptep = pte_offset_map_lock(mm, pmd, address, &ptl);
	pte = *ptep;
	if (!pte_present(pte)) {
		pte_unmap_unlock(ptep, ptl);
		return pte_none(pte) ? no_page_table(vma, flags) : NULL;
	}
	if ((flags & FOLL_WRITE) && !pte_write(pte)) {
		/* Let the caller fault it in for writing and try again. */
		pte_unmap_unlock(ptep, ptl);
		return NULL;
	}

	page = vm_normal_page(vma, address, pte);
	if (!page)
		page = ERR_PTR(-EFAULT);
	else if (flags & FOLL_GET)
		get_page(page);
	pte_unmap_unlock(ptep, ptl);
	return page;
}

static struct page *follow_pmd_mask(struct vm_area_struct *vma,
				    unsigned long address, pud_t *pudp,
				    unsigned int flags,
				    struct follow_page_context *ctx)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page *page;
	spinlock_t *ptl;
	pmd_t *pmd, pmdval;

	pmd = pmd_offset(pudp, address);
	pmdval = READ_ONCE(*pmd);
	if (pmd_none(pmdval))
		return no_page_table(vma, flags);
	if (pmd_huge(pmdval) && is_vm_hugetlb_page(vma)) {
		page = follow_huge_pmd(mm, address, pmd, flags);
		return page ? page : no_page_table(vma, flags);
	}
	if (pmd_devmap(pmdval)) {
		ptl = pmd_lock(mm, pmd);
		page = follow_devmap_pmd(vma, address, pmd, flags, &ctx->pgmap);
		spin_unlock(ptl);
		if (page)
			return page;
	}
	if (likely(!pmd_trans_huge(pmdval)))
		return follow_page_pte(vma, address, pmd, flags, &ctx->pgmap);

	ptl = pmd_lock(mm, pmd);
	page = follow_trans_huge_pmd(vma, address, pmd, flags);
	spin_unlock(ptl);
	ctx->page_mask = HPAGE_PMD_NR - 1;
	return page;
}

static struct page *follow_pud_mask(struct vm_area_struct *vma,
				    unsigned long address, p4d_t *p4dp,
				    unsigned int flags,
				    struct follow_page_context *ctx)
{
	struct page *page;
	pud_t *pud;

	pud = pud_offset(p4dp, address);
	if (pud_none(*pud))
		return no_page_table(vma, flags);
	if (pud_huge(*pud) && is_vm_hugetlb_page(vma)) {
		page = follow_huge_pud(vma->vm_mm, address, pud, flags);
		return page ? page : no_page_table(vma, flags);
	}
	return follow_pmd_mask(vma, address, pud, flags, ctx);
}

static struct page *follow_p4d_mask(struct vm_area_struct *vma,
				    unsigned long address, pgd_t *pgdp,
				    unsigned int flags,
				    struct follow_page_context *ctx)
{
	p4d_t *p4d = p4d_offset(pgdp, address);

	if (p4d_none(*p4d) || unlikely(p4d_bad(*p4d)))
		return no_page_table(vma, flags);

	return follow_pud_mask(vma, address, p4d, flags, ctx);
}

/*
 * Returns the mapped page, NULL if nothing suitable is mapped (the caller
 * faults and retries), or an ERR_PTR().
 */
static struct page *follow_page_mask(struct vm_area_struct *vma,
				     unsigned long address, unsigned int flags,
				     struct follow_page_context *ctx)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page *page;
	pgd_t *pgd;

	ctx->page_mask = 0;

	/* Architectures with hugepd tables resolve the address themselves. */
	page = follow_huge_addr(mm, address, flags & FOLL_WRITE);
	if (!IS_ERR(page))
		return page;

	pgd = pgd_offset(mm, address);
	if (pgd_none(*pgd) || unlikely(pgd_bad(*pgd)))
		return no_page_table(vma, flags);

	return follow_p4d_mask(vma, address, pgd, flags, ctx);
}

/*
 * A GUP that takes a page reference breaks COW up front, even for a read,
 * so the page it returns cannot later be replaced under the caller by a
 * COW fault in the owning process.
 */
static inline bool should_force_cow_break(struct vm_area_struct *vma,
					  unsigned int flags)
{
	return is_cow_mapping(vma->vm_flags) && (flags & FOLL_GET);
}

static int faultin_page(struct task_struct *tsk, struct vm_area_struct *vma,
			unsigned long address, unsigned int *flags,
			int *nonblocking)
{
	unsigned int fault_flags = 0;
	vm_fault_t ret;

	/* mlock() of a range that is not populated yet: nothing to do. */
	if ((*flags & (FOLL_POPULATE | FOLL_MLOCK)) == FOLL_MLOCK)
		return -ENOENT;
	if (*flags & FOLL_WRITE)
		fault_flags |= FAULT_FLAG_WRITE;
	if (*flags & FOLL_REMOTE)
		fault_flags |= FAULT_FLAG_REMOTE;
	if (nonblocking)
		fault_flags |= FAULT_FLAG_ALLOW_RETRY;

	ret = handle_mm_fault(vma, address, fault_flags);
	if (ret & VM_FAULT_ERROR)
		return vm_fault_to_errno(ret, *flags) ?: -EFAULT;

	if (ret & VM_FAULT_RETRY) {
		if (nonblocking)
			*nonblocking = 0;
		return -EBUSY;
	}
	return 0;
}

static int check_vma_flags(struct vm_area_struct *vma, unsigned long gup_flags)
{
	vm_flags_t vm_flags = vma->vm_flags;

	if (vm_flags & (VM_IO | VM_PFNMAP))
		return -EFAULT;
	if ((gup_flags & FOLL_ANON) && !vma_is_anonymous(vma))
		return -EFAULT;
	if ((gup_flags & FOLL_WRITE) && !(vm_flags & VM_WRITE) &&
	    (!(gup_flags & FOLL_FORCE) || !is_cow_mapping(vm_flags)))
		return -EFAULT;
	return 0;
}

static long __get_user_pages(struct task_struct *tsk, struct mm_struct *mm,
		unsigned long start, unsigned long nr_pages,
		unsigned int gup_flags, struct page **pages,
		struct vm_area_struct **vmas, int *nonblocking)
{
	struct follow_page_context ctx = { NULL };
	struct vm_area_struct *vma = NULL;
	long ret = 0, i = 0;

	if (!nr_pages)
		return 0;

	do {
		unsigned int foll_flags = gup_flags;
		struct page *page;

		/* First page, or we walked off the end of the last vma. */
		if (!vma || start >= vma->vm_end) {
			vma = find_extend_vma(mm, start);
			if (!vma || check_vma_flags(vma, gup_flags)) {
				ret = -EFAULT;
				goto out;
			}
			if (is_vm_hugetlb_page(vma)) {
				if (should_force_cow_break(vma, foll_flags))
					foll_flags |= FOLL_WRITE;
				i = follow_hugetlb_page(mm, vma, pages, vmas,
							&start, &nr_pages, i,
							foll_flags, nonblocking);
				continue;
			}
		}

		if (should_force_cow_break(vma, foll_flags))
			foll_flags |= FOLL_WRITE;

retry:
		if (fatal_signal_pending(current)) {
			ret = -ERESTARTSYS;
			goto out;
		}
		cond_resched();

		page = follow_page_mask(vma, start, foll_flags, &ctx);
		if (!page) {
			ret = faultin_page(tsk, vma, start, &foll_flags,
					   nonblocking);
			switch (ret) {
			case 0:
				goto retry;
			case -EBUSY:
				ret = 0;
				/* fall through */
			case -EFAULT:
			case -ENOMEM:
			case -EHWPOISON:
				goto out;
			case -ENOENT:
				goto next_page;
			}
			BUG();
		} else if (PTR_ERR(page) == -EEXIST) {
			goto next_page;
		} else if (IS_ERR(page)) {
			ret = PTR_ERR(page);
			goto out;
		}
		if (pages) {
			pages[i] = page;
			flush_dcache_page(page);
		}
next_page:
		if (vmas)
			vmas[i] = vma;
		i++;
		start += PAGE_SIZE;
		nr_pages--;
	} while (nr_pages);
out:
	if (ctx.pgmap)
		put_dev_pagemap(ctx.pgmap);
	return i ? i : ret;
}

static __always_inline long __get_user_pages_locked(struct task_struct *tsk,
		struct mm_struct *mm, unsigned long start,
		unsigned long nr_pages, struct page **pages,
		struct vm_area_struct **vmas, int *locked,
		unsigned int flags)
{
	long ret;

	if (pages)
		flags |= FOLL_GET;

	ret = __get_user_pages(tsk, mm, start, nr_pages, flags, pages, vmas,
			       locked);
	if (locked && !*locked) {
		/* The fault dropped mmap_sem; the caller expects it held. */
		down_read(&mm->mmap_sem);
		*locked = 1;
	}
	return ret;
}

long get_user_pages(unsigned long start, unsigned long nr_pages,
		unsigned int gup_flags, struct page **pages,
		struct vm_area_struct **vmas)
{
	return __get_user_pages_locked(current, current->mm, start, nr_pages,
				       pages, vmas, NULL, gup_flags | FOLL_TOUCH);
}
EXPORT_SYMBOL(get_user_pages);

long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags)
{
	struct mm_struct *mm = current->mm;
	int locked = 1;
	long ret;

	down_read(&mm->mmap_sem);
	ret = __get_user_pages_locked(current, mm, start, nr_pages, pages, NULL,
				      &locked, gup_flags | FOLL_TOUCH);
	if (locked)
		up_read(&mm->mmap_sem);
	return ret;
}
EXPORT_SYMBOL(get_user_pages_unlocked);

/*
 * Fault in a range of one vma for mlock() and MAP_POPULATE. A writable
 * private mapping is touched with a write fault to break COW now; shared
 * mappings never COW and are not dirtied for nothing.
 */
long populate_vma_page_range(struct vm_area_struct *vma,
		unsigned long start, unsigned long end, int *nonblocking)
{
	unsigned long nr_pages = (end - start) / PAGE_SIZE;
	int gup_flags;

	gup_flags = FOLL_TOUCH | FOLL_POPULATE | FOLL_MLOCK;
	if ((vma->vm_flags & (VM_WRITE | VM_SHARED)) == VM_WRITE)
		gup_flags |= FOLL_WRITE;
	if (vma->vm_flags & (VM_READ | VM_WRITE | VM_EXEC))
		gup_flags |= FOLL_FORCE;

	return __get_user_pages(current, vma->vm_mm, start, nr_pages,
				gup_flags, NULL, NULL, nonblocking);
}

#ifdef CONFIG_HAVE_FAST_GUP
/*
 * The lockless walk takes only what it can take without faulting and
 * leaves everything else to the slow path.
 */
static int gup_huge_range(struct page *head, unsigned long addr,
			  unsigned long end, unsigned long mask,
			  struct page **pages, int *nr)
{
	struct page *page = head + ((addr & ~mask) >> PAGE_SHIFT);

	do {
		pages[(*nr)++] = page++;
	} while (addr += PAGE_SIZE, addr != end);
	return page_cache_add_speculative(head, page - head);
}

static int gup_pte_range(pmd_t pmd, unsigned long addr, unsigned long end,
			 unsigned int flags, struct page **pages, int *nr)
{
	pte_t *ptem, *ptep;
	int ret = 0;

	ptem = ptep = pte_offset_map(&pmd, addr);
	do {
		pte_t pte = READ_ONCE(*ptep);
		struct page *page;

		if (!pte_present(pte) || pte_special(pte) || pte_protnone(pte))
			goto out;
		if ((flags & FOLL_WRITE) && !pte_write(pte))
			goto out;
		page = pte_page(pte);
		if (!try_get_page(page))
			goto out;
		pages[(*nr)++] = page;
	} while (ptep++, addr += PAGE_SIZE, addr != end);
	ret = 1;
out:
	pte_unmap(ptem);
	return ret;
}

static int gup_pmd_range(pud_t pud, unsigned long addr, unsigned long end,
			 unsigned int flags, struct page **pages, int *nr)
{
	unsigned long next;
	pmd_t *pmdp = pmd_offset(&pud, addr);

	do {
		pmd_t pmd = READ_ONCE(*pmdp);

		next = pmd_addr_end(addr, end);
		if (!pmd_present(pmd))
			return 0;
		if (unlikely(pmd_trans_huge(pmd) || pmd_huge(pmd))) {
			if ((flags & FOLL_WRITE) && !pmd_write(pmd))
				return 0;
			if (!gup_huge_range(pmd_page(pmd), addr, next, PMD_MASK,
					    pages, nr))
				return 0;
		} else if (!gup_pte_range(pmd, addr, next, flags, pages, nr)) {
			return 0;
		}
	} while (pmdp++, addr = next, addr != end);

	return 1;
}

static int gup_pud_range(p4d_t p4d, unsigned long addr, unsigned long end,
			 unsigned int flags, struct page **pages, int *nr)
{
	unsigned long next;
	pud_t *pudp = pud_offset(&p4d, addr);

	do {
		pud_t pud = READ_ONCE(*pudp);

		next = pud_addr_end(addr, end);
		if (pud_none(pud))
			return 0;
		if (unlikely(pud_huge(pud))) {
			if ((flags & FOLL_WRITE) && !pud_write(pud))
				return 0;
			if (!gup_huge_range(pud_page(pud), addr, next, PUD_MASK,
					    pages, nr))
				return 0;
		} else if (!gup_pmd_range(pud, addr, next, flags, pages, nr)) {
			return 0;
		}
	} while (pudp++, addr = next, addr != end);

	return 1;
}

static int gup_p4d_range(pgd_t pgd, unsigned long addr, unsigned long end,
			 unsigned int flags, struct page **pages, int *nr)
{
	unsigned long next;
	p4d_t *p4dp = p4d_offset(&pgd, addr);

	do {
		p4d_t p4d = READ_ONCE(*p4dp);

		next = p4d_addr_end(addr, end);
		if (p4d_none(p4d) ||
		    !gup_pud_range(p4d, addr, next, flags, pages, nr))
			return 0;
	} while (p4dp++, addr = next, addr != end);

	return 1;
}

static void gup_pgd_range(unsigned long addr, unsigned long end,
			  unsigned int flags, struct page **pages, int *nr)
{
	unsigned long next;
	pgd_t *pgdp = pgd_offset(current->mm, addr);

	do {
		pgd_t pgd = READ_ONCE(*pgdp);

		next = pgd_addr_end(addr, end);
		if (pgd_none(pgd) ||
		    !gup_p4d_range(pgd, addr, next, flags, pages, nr))
			return;
	} while (pgdp++, addr = next, addr != end);
}

/* Returns the number of pages pinned or a -errno. */
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages)
{
	unsigned long addr, len, end;
	int nr = 0, ret = 0;

	if (WARN_ON_ONCE(gup_flags & ~(FOLL_WRITE | FOLL_LONGTERM)))
		return -EINVAL;

	start = untagged_addr(start) & PAGE_MASK;
	addr = start;
	len = (unsigned long)nr_pages << PAGE_SHIFT;
	end = start + len;
	if (end <= start || unlikely(!access_ok((void __user *)start, len)))
		return end <= start ? 0 : -EFAULT;

	/*
	 * Only writable entries are taken here, so a read-only COW page goes
	 * to the slow path, which breaks the COW before returning it.
	 */
	if (gup_fast_permitted(start, end)) {
		local_irq_disable();
		gup_pgd_range(addr, end, gup_flags | FOLL_WRITE, pages, &nr);
		local_irq_enable();
		ret = nr;
	}

	if (nr < nr_pages) {
		/* Whatever the fast path left, take the slow way. */
		start += (unsigned long)nr << PAGE_SHIFT;
		pages += nr;

		ret = get_user_pages_unlocked(start, nr_pages - nr, pages,
					      gup_flags);
		if (nr > 0)
			ret = ret < 0 ? nr : ret + nr;
	}
	return ret;
}
EXPORT_SYMBOL_GPL(get_user_pages_fast);
#endif /* CONFIG_HAVE_FAST_GUP */
