/*
 * gupcheck fixture v9-fast-path-only - hand-written, NOT kernel source.
 *
 * Only the lockless fast path forces FOLL_WRITE. Every level of its walk
 * refuses an entry that is not writable and leaves that page to the slow
 * path, which forces nothing: a note, never an error.
 */
#include <linux/mm.h>

/* The slow path is not part of this tree. */
long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags);

static int gup_huge_range(struct page *head, unsigned long addr,
			  unsigned long end, unsigned long mask,
			  struct page **pages, int *nr)
{
	struct page *page = head + ((addr & ~mask) >> PAGE_SHIFT);

	do {
		if (!try_get_page(page))
			return 0;
		pages[(*nr)++] = page++;
	} while (addr += PAGE_SIZE, addr != end);
	return 1;
}

static int gup_pte_range(pmd_t pmd, unsigned long addr, unsigned long end,
			 unsigned int flags, struct page **pages, int *nr)
{
	pte_t *ptem, *ptep;
	int ret = 0;

	ptem = ptep = pte_offset_map(&pmd, addr);
	do {
		pte_t pte = READ_ONCE(*ptep);

		if (!pte_present(pte) || pte_special(pte))
			goto out;
		if ((flags & FOLL_WRITE) && !pte_write(pte))
			goto out;
		if (!try_get_page(pte_page(pte)))
			goto out;
		pages[(*nr)++] = pte_page(pte);
	} while (ptep++, addr += PAGE_SIZE, addr != end);
	ret = 1;
out:
	pte_unmap(ptem);
	return ret;
}

static int gup_pmd_range(pud_t pud, unsigned long addr, unsigned long end,
			 unsigned int flags, struct page **pages, int *nr)
{
	pmd_t *pmdp = pmd_offset(&pud, addr);
	unsigned long next;

	do {
		pmd_t pmd = READ_ONCE(*pmdp);

		next = pmd_addr_end(addr, end);
		if (!pmd_present(pmd))
			return 0;
		if (pmd_trans_huge(pmd) || pmd_huge(pmd)) {
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
	pud_t *pudp = pud_offset(&p4d, addr);
	unsigned long next;

	do {
		pud_t pud = READ_ONCE(*pudp);

		next = pud_addr_end(addr, end);
		if (pud_none(pud))
			return 0;
		if (pud_huge(pud)) {
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
	p4d_t *p4dp = p4d_offset(&pgd, addr);
	unsigned long next;

	do {
		p4d_t p4d = READ_ONCE(*p4dp);

		next = p4d_addr_end(addr, end);
		if (p4d_none(p4d))
			return 0;
		if (p4d_huge(p4d)) {
			if ((flags & FOLL_WRITE) && !p4d_write(p4d))
				return 0;
			if (!gup_huge_range(p4d_page(p4d), addr, next, P4D_MASK,
					    pages, nr))
				return 0;
		} else if (!gup_pud_range(p4d, addr, next, flags, pages, nr)) {
			return 0;
		}
	} while (p4dp++, addr = next, addr != end);
	return 1;
}

static void gup_pgd_range(unsigned long addr, unsigned long end,
			  unsigned int flags, struct page **pages, int *nr)
{
	pgd_t *pgdp = pgd_offset(current->mm, addr);
	unsigned long next;

	do {
		pgd_t pgd = READ_ONCE(*pgdp);

		next = pgd_addr_end(addr, end);
		if (pgd_none(pgd))
			return;
		if (pgd_huge(pgd)) {
			if ((flags & FOLL_WRITE) && !pgd_write(pgd))
				return;
			if (!gup_huge_range(pgd_page(pgd), addr, next,
					    PGDIR_MASK, pages, nr))
				return;
		} else if (!gup_p4d_range(pgd, addr, next, flags, pages, nr)) {
			return;
		}
	} while (pgdp++, addr = next, addr != end);
}

int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages)
{
	unsigned long end = start + ((unsigned long)nr_pages << PAGE_SHIFT);
	int nr = 0;
	long ret;

	/* Only writable entries: a read-only COW page takes the slow path. */
	local_irq_disable();
	gup_pgd_range(start, end, gup_flags | FOLL_WRITE, pages, &nr); /* expect: gup-forced-write kind=fast-path severity=note */
	local_irq_enable();

	if (nr < nr_pages) {
		ret = get_user_pages_unlocked(start +
					      ((unsigned long)nr << PAGE_SHIFT),
					      nr_pages - nr, pages + nr,
					      gup_flags);
		if (ret < 0)
			return nr ? nr : ret;
		nr += ret;
	}
	return nr;
}
EXPORT_SYMBOL_GPL(get_user_pages_fast);
