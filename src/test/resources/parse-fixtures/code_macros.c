/* functions: demo_overhead demo_check_order demo_io_read demo_debug_dump */
/*
 * Hand-written for gupcheck: macros that take code or operators as
 * arguments, and a storage-class macro in front of a type name.
 */
#include <linux/kernel.h>

#define STATIC static

STATIC uint
demo_overhead(void)
{
	return round_up(sizeof(struct demo_header), 128);
}

static int demo_check_order(struct demo_map *map)
{
	DEMO_ASSERTCMP(map->start, <=, map->end);
	DEMO_ASSERT(map->count < DEMO_MAX, pr_warn("count %d\n", map->count););
	return 0;
}

static unsigned int demo_io_read(void __iomem *addr)
{
	DEMO_IO_COND(addr, return demo_inb(addr), return demo_readb(addr));
	return 0xff;
}

static void demo_debug_dump(struct demo_node *node)
{
	DEMO_D1(if (node->crc != demo_crc(node)) {
		pr_info("bad crc\n");
	});
	printk(KERN_INFO DEMO_DEVICE_NAME ": released\n");
	demo_release(node);
}
