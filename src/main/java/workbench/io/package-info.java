/** File helpers every layer outside the agent runtime may use; depends on nothing else in workbench. */
package workbench.io;
