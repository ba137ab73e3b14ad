package com.offertiming.ruleset;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.TruthMaintenanceSystem;
import org.drools.tms.TruthMaintenanceSystemFactoryImpl;
import org.drools.tms.TruthMaintenanceSystemImpl;

/**
 * Drools' truth maintenance, without its lock shared by every session. Drools 10.2 keeps each entry point's truth
 * maintenance in one map for the whole JVM behind one lock ({@code Collections.synchronizedMap}), which every
 * {@code insertLogical} of every session takes, and the catalog and moment tables insert logically. Under load, a
 * thread preempted while it holds that lock stalls every decision behind it: JFR saw waits of up to 246 ms
 * (docs/performance-log.md, twenty-third session). Here the map is concurrent: a lookup takes no lock, and creating or
 * removing an entry locks only its bin. Drools picks this factory over its own by its higher service priority
 * ({@code META-INF/services}). Public only for that service loader.
 */
public final class ConcurrentTruthMaintenanceFactory extends TruthMaintenanceSystemFactoryImpl {

	// By identity, as Drools' own IdentityHashMap: entry points keep Object's equals and hashCode (a test checks).
	private final Map<InternalWorkingMemoryEntryPoint, TruthMaintenanceSystem> systems = new ConcurrentHashMap<>();

	@Override
	public TruthMaintenanceSystem getOrCreateTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
		TruthMaintenanceSystem system = systems.get(entryPoint);
		return system != null ? system : systems.computeIfAbsent(entryPoint, TruthMaintenanceSystemImpl::new);
	}

	@Override
	public void clearTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
		TruthMaintenanceSystem system = systems.remove(entryPoint);
		if (system != null) {
			system.clear();
		}
	}

	@Override
	public int getEntryPointsMapSize() {
		return systems.size();
	}

	@Override
	public void clearEntryPointsMap() {
		systems.clear();
	}

	@Override
	public int servicePriority() {
		return 1;
	}

}
