/* functions: demo_count_pages demo_free_all demo_sum_cpus demo_node_walk demo_find_key */
/* Parse fixture: for-each style iterator macros used like loop keywords. */

struct demo_entry {
	struct list_head lru;
	struct hlist_node hnode;
	struct list_head children;
	unsigned long key;
};

static DEFINE_HASHTABLE(demo_hash, 6);

static int demo_count_pages(struct list_head *head)
{
	struct demo_entry *pos;
	int nr = 0;

	list_for_each_entry(pos, head, lru) {
		nr++;
	}
	return nr;
}

static void demo_free_all(struct list_head *head)
{
	struct demo_entry *pos, *n, *child;

	list_for_each_entry_safe(pos, n, head, lru)
		list_del(&pos->lru);

	list_for_each_entry(pos, head, lru)
		list_for_each_entry(child, &pos->children, lru) {
			if (child->key == pos->key)
				child->key = 0;
		}
}

static unsigned long demo_sum_cpus(unsigned long __percpu *counter)
{
	unsigned long sum = 0;
	int cpu;

	for_each_online_cpu(cpu)
		sum += *per_cpu_ptr(counter, cpu);
	return sum;
}

static int demo_node_walk(void)
{
	int nid, cpu, seen = 0;

	for_each_node_state(nid, N_MEMORY) {
		for_each_online_cpu(cpu)
			if (cpu_to_node(cpu) == nid)
				seen++;
	}
	if (seen == 0)
		return -ENODEV;
	return seen;
}

static struct demo_entry *demo_find_key(unsigned long key)
{
	struct demo_entry *e;

	hash_for_each_possible(demo_hash, e, hnode, key)
		if (e->key == key)
			return e;
	return NULL;
}
